package org.gatewaydoctor.facts.browser;

import java.util.Objects;

/**
 * The cookies one profile holds for one of the target's domains. No value is ever read.
 *
 * @param domain the cookie domain as stored ({@code .chatgpt.com})
 * @param count how many cookies
 * @param totalBytes the sum of name and value sizes in bytes, expired cookies included. Chromium
 *     values are encrypted and sized from the ciphertext: an upper bound at most 15 bytes per
 *     cookie above the truth on Linux and macOS, exact on Windows (see docs/browser-facts.md)
 * @param largestBytes the largest single cookie (name plus value)
 * @param expired how many are past their expiry but still stored
 * @param expiringSoon how many expire within the next hour
 * @param sessionLike how many look like sign-in session cookies by name
 * @param sessionExpiresAt the earliest expiry of a session-like cookie (ISO-8601), or null
 * @param headerBytes the size in bytes of the header line {@code Cookie: a=b; c=d} (without CRLF)
 *     that the unexpired cookies of this domain would form together, 0 when none is unexpired
 * @param estimated true when at least one value size was estimated from its ciphertext rather
 *     than measured (Chromium), so the byte counts are estimates; false when every size was
 *     measured (Firefox, values stored in clear); null when the bundle does not say (added in
 *     schema 1.1; reports then show the sizes as measured)
 */
public record CookieSummary(
    String domain,
    int count,
    long totalBytes,
    long largestBytes,
    int expired,
    int expiringSoon,
    int sessionLike,
    String sessionExpiresAt,
    long headerBytes,
    Boolean estimated) {
  public CookieSummary {
    Objects.requireNonNull(domain, "domain");
  }

  /** Whether the byte counts are known to be estimates; false when measured or not said. */
  public boolean sizesEstimated() {
    return Boolean.TRUE.equals(estimated);
  }
}
