package org.gatewaydoctor.rules.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Arithmetic the rules need over collected values (a median, a ratio); it computes, never judges. */
public final class Numbers {

  private Numbers() {}

  /**
   * The median of the non-null numbers in {@code values} (the mean of the middle two for an even
   * count), or -1 when there are none. ChromiumOS's HTTPS latency routine judges the median of its
   * samples, so one slow outlier does not make a connection "slow".
   */
  public static double median(Collection<?> values) {
    List<Double> sorted = new ArrayList<>();
    for (Object v : values) {
      if (v instanceof Number n) {
        sorted.add(n.doubleValue());
      }
    }
    if (sorted.isEmpty()) {
      return -1;
    }
    sorted.sort(Double::compare);
    int mid = sorted.size() / 2;
    return sorted.size() % 2 == 1 ? sorted.get(mid) : (sorted.get(mid - 1) + sorted.get(mid)) / 2;
  }

  /** {@code part / whole}, or 0 when {@code whole} is 0. */
  public static double ratio(int part, int whole) {
    return whole == 0 ? 0 : (double) part / whole;
  }

  /** Bits per second as megabits per second with one decimal ("0.4"), for texts. */
  public static String megabits(double bitsPerSecond) {
    return String.format(java.util.Locale.ROOT, "%.1f", bitsPerSecond / 1_000_000.0);
  }

  /** {@code value} rounded to whole units, for texts ("812 ms"). */
  public static long rounded(double value) {
    return Math.round(value);
  }
}
