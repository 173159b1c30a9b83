package org.gatewaydoctor.probes.browser;

import java.time.Instant;
import java.util.Objects;

/**
 * One stored cookie as the probe sees it: never its value, only the value's size.
 *
 * @param domain the cookie domain as stored ({@code .chatgpt.com})
 * @param name the cookie name (kept in memory to judge "session-like"; never recorded)
 * @param valueBytes the value's size in bytes, exact or estimated from the ciphertext
 * @param expires when it expires, or null when it ends with the browser session
 * @param estimated true when {@code valueBytes} was estimated from the ciphertext, false when measured
 */
record CookieRow(String domain, String name, long valueBytes, Instant expires, boolean estimated) {
  CookieRow {
    Objects.requireNonNull(domain, "domain");
    Objects.requireNonNull(name, "name");
    if (valueBytes < 0) {
      throw new IllegalArgumentException("valueBytes must not be negative, got " + valueBytes);
    }
  }

  /** A cookie whose value size was measured (stored in clear). */
  CookieRow(String domain, String name, long valueBytes, Instant expires) {
    this(domain, name, valueBytes, expires, false);
  }
}
