package org.gatewaydoctor.probes.browser;

import org.gatewaydoctor.probes.net.FailureWords;
import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Measures a Firefox {@code cache2} directory and looks for signs of damage, without reading a
 * cached response. Layout (netwerk/cache2): one file per entry in {@code entries/}, an
 * {@code index} file (big-endian header: version, timestamp, dirty flag, kB written; then records
 * and a 4-byte hash), and {@code doomed/} for entries being deleted.
 *
 * <p>Firefox writes {@code index} some seconds after start and at a clean exit, and rebuilds it
 * when missing; entries without it therefore mean an unclean exit or a very short session.
 */
final class FirefoxDiskCache {

  /** Header (4 x uint32) plus the trailing hash: the smallest valid index. */
  private static final int MIN_INDEX_BYTES = 20;
  /** CacheIndexHeader.mVersion has always been a small integer; anything else is garbage. */
  private static final long MAX_PLAUSIBLE_VERSION = 0xFF;

  private FirefoxDiskCache() {}

  /** The cache in {@code cache2}, or {@link CacheReport#absent()} when there is none. */
  static CacheReport inspect(Path cache2, Deadline deadline, BrowserHost host) {
    if (!Files.isDirectory(cache2)) {
      return CacheReport.absent();
    }
    try {
      Path entriesDir = cache2.resolve("entries");
      CacheWalk walk = CacheWalk.of(cache2, f -> entriesDir.equals(f.getParent()), deadline);
      if (!walk.complete()) {
        return CacheReport.cut(walk, host.display(cache2));
      }
      Path index = cache2.resolve("index");
      if (Files.exists(index)) {
        IndexHeader header = IndexHeader.read(index, MIN_INDEX_BYTES, ByteOrder.BIG_ENDIAN);
        long version = header.u32(0);
        if (header.length() < MIN_INDEX_BYTES || version <= 0 || version > MAX_PLAUSIBLE_VERSION) {
          return new CacheReport(walk.bytes(), walk.entries(), "unreadable", "index has an unknown format");
        }
      }
      return CacheReport.judged(walk, Files.exists(index), "index");
    } catch (IOException e) {
      return new CacheReport(null, null, "unreadable", host.display(cache2) + " cannot be listed ("
          + FailureWords.kind(e) + ")");
    }
  }
}
