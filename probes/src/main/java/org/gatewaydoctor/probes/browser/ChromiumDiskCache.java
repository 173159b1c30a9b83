package org.gatewaydoctor.probes.browser;

import org.gatewaydoctor.probes.net.FailureWords;
import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * Measures a Chromium disk cache ({@code Cache/Cache_Data}, or {@code Cache} before Chromium 81)
 * and looks for signs of damage, without reading a cached response.
 *
 * <p>Two on-disk formats exist (Chromium {@code net/disk_cache}): the <em>simple</em> cache (all
 * platforms today) keeps one file per entry, {@code <16 hex>_0}, a small {@code index} file and
 * the real index in {@code index-dir/the-real-index}; the older <em>blockfile</em> cache (Windows
 * until about 2023) keeps {@code data_0..3} block files, {@code f_XXXXXX} files for big bodies and
 * an {@code index} whose header holds the entry count.
 */
final class ChromiumDiskCache {

  private static final Pattern SIMPLE_ENTRY = Pattern.compile("[0-9a-f]{16}_0");

  /** net/disk_cache/simple/simple_entry_format.h: kSimpleInitialMagicNumber, the fake {@code index} (observed, v9). */
  private static final long SIMPLE_FAKE_INDEX_MAGIC = 0xfcfb6d1ba7725c30L;
  /** simple_index_file.cc: kSimpleIndexMagicNumber ("oy retne"), after the real index's 8-byte pickle header. */
  private static final long SIMPLE_INDEX_MAGIC = 0x656e74657220796fL;
  /** net/disk_cache/blockfile/disk_format.h: kIndexMagic. */
  private static final long BLOCKFILE_MAGIC = 0xC103CAC3L;

  private ChromiumDiskCache() {}

  /** The cache under a profile's {@code Cache} folder, or {@link CacheReport#absent()} when there is none. */
  static CacheReport inspect(Path cacheFolder, Deadline deadline, BrowserHost host) {
    Path dir = Files.isDirectory(cacheFolder.resolve("Cache_Data")) ? cacheFolder.resolve("Cache_Data") : cacheFolder;
    if (!Files.isDirectory(dir)) {
      return CacheReport.absent();
    }
    try {
      return Files.exists(dir.resolve("data_0")) || Files.exists(dir.resolve("data_1"))
          ? blockfile(dir, deadline, host)
          : simple(dir, deadline, host);
    } catch (IOException e) {
      return new CacheReport(null, null, "unreadable", host.display(dir) + " cannot be listed ("
          + FailureWords.kind(e) + ")");
    }
  }

  private static CacheReport simple(Path dir, Deadline deadline, BrowserHost host) throws IOException {
    CacheWalk walk = CacheWalk.of(dir, f -> SIMPLE_ENTRY.matcher(f.getFileName().toString()).matches(), deadline);
    if (!walk.complete()) {
      return CacheReport.cut(walk, host.display(dir));
    }
    Path fake = dir.resolve("index");
    Path real = dir.resolve("index-dir").resolve("the-real-index");
    long fakeMagic = Files.exists(fake) ? IndexHeader.read(fake, 8, ByteOrder.LITTLE_ENDIAN).u64(0) : SIMPLE_FAKE_INDEX_MAGIC;
    // Older simple caches (format v6, v7) wrote the index magic into the fake index as well.
    if (fakeMagic != SIMPLE_FAKE_INDEX_MAGIC && fakeMagic != SIMPLE_INDEX_MAGIC) {
      return new CacheReport(walk.bytes(), walk.entries(), "unreadable", "index has an unknown format");
    }
    if (Files.exists(real) && IndexHeader.read(real, 16, ByteOrder.LITTLE_ENDIAN).u64(8) != SIMPLE_INDEX_MAGIC) {
      return new CacheReport(walk.bytes(), walk.entries(), "unreadable", "index-dir/the-real-index has an unknown format");
    }
    return CacheReport.judged(walk, Files.exists(real), "index-dir/the-real-index");
  }

  private static CacheReport blockfile(Path dir, Deadline deadline, BrowserHost host) throws IOException {
    CacheWalk walk = CacheWalk.of(dir, f -> false, deadline);
    if (!walk.complete()) {
      return CacheReport.cut(walk, host.display(dir));
    }
    Path index = dir.resolve("index");
    if (!Files.exists(index)) {
      return new CacheReport(walk.bytes(), null, "index-missing", "data_ files present without index");
    }
    IndexHeader header = IndexHeader.read(index, 12, ByteOrder.LITTLE_ENDIAN);
    if (header.u32(0) != BLOCKFILE_MAGIC) {
      return new CacheReport(walk.bytes(), null, "unreadable", "index has an unknown format");
    }
    int entries = (int) header.u32(8); // IndexHeader.num_entries
    return new CacheReport(walk.bytes(), entries, entries == 0 ? "empty" : "ok", null);
  }
}
