package org.gatewaydoctor.report;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.gatewaydoctor.facts.report.CauseState;
import org.gatewaydoctor.facts.report.Side;

/** The words every report format (and {@code --watch}) uses for the contract's enums, numbers and times, so that they agree. */
public final class Words {

  private Words() {}

  /**
   * {@code s} with every control character (ESC above all: a terminal obeys escape sequences) turned
   * into a space, for text that came from a server, such as an error page's title; null gives "".
   */
  static String plain(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      out.append(Character.isISOControl(c) ? ' ' : c);
    }
    return out.toString();
  }

  /** {@code confirmed}, {@code likely}, {@code possible}, {@code ruled out}, {@code not checked}. */
  static String state(CauseState state) {
    return state.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  /** Whose side, as a short label: {@code the service}, {@code your network}, ... */
  public static String side(Side side) {
    return switch (side) {
      case SERVICE -> "the service";
      case YOUR_NETWORK -> "your network";
      case YOUR_DEVICE -> "your device";
      case UNKNOWN -> "undetermined";
      case NONE -> "nothing wrong";
    };
  }

  /** A certainty factor with its sign and two decimals: {@code +0.95}. */
  static String certainty(double v) {
    return String.format(Locale.ROOT, "%+.2f", v);
  }

  /**
   * An ISO-8601 instant to the second, in UTC and readable: {@code 2026-11-26 09:58:11 UTC}; text
   * that is not an instant is passed on as it is, and null gives {@code unknown}.
   */
  static String when(String iso) {
    if (iso == null) {
      return "unknown";
    }
    try {
      return DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'", Locale.ROOT)
          .format(Instant.parse(iso).atOffset(ZoneOffset.UTC));
    } catch (DateTimeParseException e) {
      return plain(iso);
    }
  }

  /** A fraction from 0 to 1 as a whole percentage: {@code 96%}. */
  static String percent(double v) {
    return Math.round(v * 100) + "%";
  }

  /** A duration in milliseconds, rounded sensibly: {@code 0.4 ms}, {@code 21 ms}, {@code 3.99 s}. */
  static String millis(double ms) {
    if (ms < 10) {
      return String.format(Locale.ROOT, "%.1f ms", ms);
    }
    if (ms < 1000) {
      return Math.round(ms) + " ms";
    }
    return String.format(Locale.ROOT, "%.2f s", ms / 1000);
  }
}
