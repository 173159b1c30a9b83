package org.gatewaydoctor.probes.browser;

import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.EnumSet;
import java.util.function.Predicate;

/**
 * Counts a cache directory's files and bytes from directory listings alone: no file is opened, so
 * a cache of 100 000 entries costs one stat each. Stops when the deadline passes.
 *
 * @param bytes the total size of the regular files seen
 * @param entries the files that {@code isEntry} accepted
 * @param complete false when the deadline cut the walk short
 */
record CacheWalk(long bytes, int entries, boolean complete) {

  /** How many files to visit between deadline checks; a check reads the clock. */
  private static final int CHECK_EVERY = 256;

  /** Deeper than any cache layout we read (Firefox: cache2/entries/FILE; Chromium: Cache_Data/index-dir/FILE). */
  private static final int MAX_DEPTH = 4;

  static CacheWalk of(Path dir, Predicate<Path> isEntry, Deadline deadline) throws IOException {
    Counter counter = new Counter(dir, isEntry, deadline);
    Files.walkFileTree(dir, EnumSet.noneOf(FileVisitOption.class), MAX_DEPTH, counter);
    return new CacheWalk(counter.bytes, counter.entries, !counter.cut);
  }

  private static final class Counter extends SimpleFileVisitor<Path> {
    private final Path start;
    private final Predicate<Path> isEntry;
    private final Deadline deadline;
    private long bytes;
    private int entries;
    private int seen;
    private boolean cut;

    Counter(Path start, Predicate<Path> isEntry, Deadline deadline) {
      this.start = start;
      this.isEntry = isEntry;
      this.deadline = deadline;
    }

    @Override
    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
      if (attrs.isRegularFile()) {
        bytes += attrs.size();
        if (isEntry.test(file)) {
          entries++;
        }
      }
      if (++seen % CHECK_EVERY == 0 && deadline.passed()) {
        cut = true;
        return FileVisitResult.TERMINATE;
      }
      return FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
      if (file.equals(start)) {
        throw e; // the cache directory itself cannot be listed
      }
      return FileVisitResult.CONTINUE; // an entry evicted while we walk is not a problem
    }
  }
}
