package org.gatewaydoctor.probes.browser;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The two network preferences the probe records, from {@code prefs.js} and {@code user.js}
 * ({@code user_pref("name", value);} lines; {@code user.js} wins, as Firefox applies it last).
 * Only these names are kept: no proxy host, no credential, nothing else of the file.
 */
final class FirefoxPrefs {

  static final String PROXY_TYPE = "network.proxy.type";
  static final String TRR_MODE = "network.trr.mode";

  private static final Pattern PREF = Pattern.compile("^\\s*user_pref\\(\\s*\"([^\"]+)\"\\s*,\\s*(-?\\d+)\\s*\\)\\s*;");

  private final Map<String, Integer> values = new HashMap<>();

  /** Adds the lines of one file; later files override earlier ones. */
  FirefoxPrefs add(List<String> lines) {
    for (String line : lines) {
      Matcher m = PREF.matcher(line);
      if (m.find() && (m.group(1).equals(PROXY_TYPE) || m.group(1).equals(TRR_MODE))) {
        try {
          values.put(m.group(1), Integer.parseInt(m.group(2)));
        } catch (NumberFormatException e) {
          // out of int range: not a value Firefox would write
        }
      }
    }
    return this;
  }

  /**
   * {@code network.proxy.type} in the vocabulary Chromium uses (0 direct, 1 manual =
   * {@code fixed_servers}, 2 PAC = {@code pac_script}, 4 WPAD = {@code auto_detect}, 5 system;
   * 3 is a legacy alias of direct), or null when the profile does not set it (Firefox's default
   * is 5, use the system's settings).
   */
  String proxyMode() {
    Integer v = values.get(PROXY_TYPE);
    if (v == null) {
      return null;
    }
    return switch (v) {
      case 0, 3 -> "direct";
      case 1 -> "fixed_servers";
      case 2 -> "pac_script";
      case 4 -> "auto_detect";
      case 5 -> "system";
      default -> "unknown-" + v;
    };
  }

  /**
   * {@code network.trr.mode} in Chromium's DoH vocabulary: 0 (default) and 5 (off by choice) are
   * {@code off}, 2 (DoH first, fall back to the system resolver) is {@code automatic}, 3 (DoH only)
   * is {@code secure}; null when not set. 1 was a removed "race" mode, taken as automatic.
   */
  String dohMode() {
    Integer v = values.get(TRR_MODE);
    if (v == null) {
      return null;
    }
    return switch (v) {
      case 0, 5 -> "off";
      case 1, 2 -> "automatic";
      case 3 -> "secure";
      default -> "unknown-" + v;
    };
  }
}
