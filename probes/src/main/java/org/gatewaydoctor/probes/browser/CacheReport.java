package org.gatewaydoctor.probes.browser;

/**
 * What the probe saw of one disk cache.
 *
 * @param bytes total size of the cache's files, or null when not counted
 * @param entries number of cached entries, or null when not counted
 * @param state {@code ok}, {@code empty}, {@code index-missing}, {@code unreadable}, {@code absent},
 *     or null when the deadline stopped the count
 * @param note what is wrong or was cut short, or null
 */
record CacheReport(Long bytes, Integer entries, String state, String note) {

  static CacheReport absent() {
    return new CacheReport(null, null, "absent", null);
  }

  /** The deadline passed while counting: no numbers (a partial count would read as a small cache). */
  static CacheReport cut(CacheWalk walk, String shownDir) {
    return new CacheReport(null, null, null, "deadline reached while counting " + shownDir
        + " (at least " + walk.entries() + " entries, " + walk.bytes() + " bytes)");
  }

  /** Whether the deadline stopped the count. */
  boolean wasCut() {
    return state == null;
  }

  /** Entries without their index are the damage sign; no entries is an empty cache. */
  static CacheReport judged(CacheWalk walk, boolean hasIndex, String indexName) {
    if (walk.entries() == 0) {
      return new CacheReport(walk.bytes(), 0, "empty", null);
    }
    if (!hasIndex) {
      return new CacheReport(walk.bytes(), walk.entries(), "index-missing", walk.entries() + " entries without " + indexName);
    }
    return new CacheReport(walk.bytes(), walk.entries(), "ok", null);
  }
}
