package org.gatewaydoctor.probes.browser;

import java.time.Instant;

/** Converts the browsers' stored cookie expiry values to instants. */
final class CookieTimes {

  /** Seconds from 1601-01-01 (the Windows FILETIME epoch Chromium uses on every OS) to 1970-01-01. */
  private static final long SECONDS_1601_TO_1970 = 11_644_473_600L;

  /**
   * Above this, a Firefox {@code expiry} is in milliseconds: 10^11 seconds lie in the year 5138,
   * 10^11 milliseconds in 1973, so no real expiry is ambiguous. Older Firefox versions stored
   * seconds; 153esr stores milliseconds (observed, TEST-RIG §6).
   */
  private static final long FIREFOX_MILLIS_ABOVE = 100_000_000_000L;

  private CookieTimes() {}

  /** A Chromium {@code expires_utc} (microseconds since 1601-01-01 UTC); 0 means a session cookie (null). */
  static Instant chromium(long micros) {
    if (micros <= 0) {
      return null;
    }
    long seconds = Math.floorDiv(micros, 1_000_000L) - SECONDS_1601_TO_1970;
    return Instant.ofEpochSecond(seconds, Math.floorMod(micros, 1_000_000L) * 1_000L);
  }

  /** A Firefox {@code moz_cookies.expiry}: milliseconds since 1970 in new versions, seconds in old ones. */
  static Instant firefox(long expiry) {
    if (expiry <= 0) {
      return null;
    }
    return expiry > FIREFOX_MILLIS_ABOVE ? Instant.ofEpochMilli(expiry) : Instant.ofEpochSecond(expiry);
  }
}
