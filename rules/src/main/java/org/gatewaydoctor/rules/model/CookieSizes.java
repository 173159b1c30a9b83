package org.gatewaydoctor.rules.model;

import java.util.List;
import java.util.Locale;
import org.gatewaydoctor.facts.browser.CookieSummary;

/**
 * Cookie sizes as texts say them: exact byte counts when the probe measured the values, and
 * "about 9.2 kB (estimated)" when it sized them from their ciphertext (Chromium; see
 * docs/browser-facts.md), so no report presents an estimate as a measurement.
 */
public final class CookieSizes {

  /** Decimal kilobytes, as browsers' developer tools show sizes. */
  private static final double KILOBYTE = 1000.0;

  private CookieSizes() {}

  /** {@code bytes} for a text: "9201 bytes", or "about 9.2 kB (estimated)" when {@code estimated}. */
  public static String words(long bytes, boolean estimated) {
    if (!estimated) {
      return bytes + " bytes";
    }
    String size = bytes < KILOBYTE ? bytes + " bytes"
        : String.format(Locale.ROOT, "%.1f kB", bytes / KILOBYTE);
    return "about " + size + " (estimated)";
  }

  /** Whether any of {@code summaries} holds estimated sizes. */
  public static boolean anyEstimated(List<CookieSummary> summaries) {
    return summaries.stream().anyMatch(CookieSummary::sizesEstimated);
  }
}
