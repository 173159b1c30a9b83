package org.gatewaydoctor.rules.model;

import java.util.Locale;

/** Reads browser version strings ({@code 156.0.8078.108}, {@code 153.7.0esr}); it reads, never judges. */
public final class BrowserVersions {

  private BrowserVersions() {}

  /**
   * The release family whose dates apply: {@code chrome} for Chrome, Chromium and Edge (which follow
   * Chromium's major numbers), {@code firefox} for Firefox, otherwise the name itself (Brave numbers
   * its own versions 1.x, so no Chromium date matches it).
   */
  public static String family(String browser) {
    if (browser == null) {
      return "";
    }
    String b = browser.toLowerCase(Locale.ROOT);
    return switch (b) {
      case "chrome", "chromium", "edge" -> "chrome";
      case "firefox", "firefox-esr" -> "firefox";
      default -> b;
    };
  }

  /** The major version, or -1 when {@code version} does not start with a number. */
  public static int major(String version) {
    if (version == null) {
      return -1;
    }
    int end = 0;
    while (end < version.length() && Character.isDigit(version.charAt(end))) {
      end++;
    }
    if (end == 0 || end > 6) {
      return -1;
    }
    return Integer.parseInt(version.substring(0, end));
  }

  /**
   * Whether the version is an extended-support release (Firefox ESR), which is supported for longer:
   * it says {@code esr}, or it is a Firefox whose second number is not zero. Mozilla numbers rapid
   * releases {@code 145.0} and {@code 145.0.1} and ESR updates {@code 140.5.0}, and a profile's
   * {@code compatibility.ini} records the version without the {@code esr} suffix.
   */
  public static boolean esr(String browser, String version) {
    if (version == null) {
      return false;
    }
    if (version.toLowerCase(Locale.ROOT).contains("esr")) {
      return true;
    }
    if (!family(browser).equals("firefox")) {
      return false;
    }
    String[] parts = version.split("[._]");
    return parts.length >= 2 && parts[1].matches("[0-9]{1,4}") && Integer.parseInt(parts[1]) > 0;
  }

  /** A display name for a browser id ({@code chrome} → Chrome). */
  public static String displayName(String browser) {
    if (browser == null || browser.isEmpty()) {
      return "another browser";
    }
    return switch (browser.toLowerCase(Locale.ROOT)) {
      case "chrome" -> "Google Chrome";
      case "chromium" -> "Chromium";
      case "edge" -> "Microsoft Edge";
      case "brave" -> "Brave";
      case "firefox", "firefox-esr" -> "Firefox";
      case "safari" -> "Safari";
      case "opera" -> "Opera";
      case "vivaldi" -> "Vivaldi";
      default -> browser;
    };
  }
}
