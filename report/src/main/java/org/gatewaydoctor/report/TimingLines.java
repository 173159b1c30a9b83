package org.gatewaydoctor.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import org.gatewaydoctor.facts.http.HttpTimings;
import org.gatewaydoctor.facts.report.TimingSample;

/**
 * A compact line per request in the spirit of httpstat: DNS, connect, TLS, first byte, total. A
 * phase far slower than the same phase of the other requests is marked {@code !} instead of
 * setting the scale for all of them.
 */
final class TimingLines {

  /** A phase is an outlier above this multiple of its median over the samples: {@value}. */
  static final double OUTLIER_FACTOR = 3.0;
  /** ... and only when it is at least this slow, in milliseconds (a 3 ms DNS answer among 1 ms ones is noise): {@value}. */
  static final double OUTLIER_FLOOR_MS = 100.0;

  private static final List<Function<HttpTimings, Double>> PHASES = List.of(
      HttpTimings::dnsMs, HttpTimings::connectMs, HttpTimings::tlsMs, HttpTimings::ttfbMs, HttpTimings::totalMs);

  private TimingLines() {}

  /** Appends the "Timing" section to a text report, or nothing when there are no samples. */
  static void append(StringBuilder out, List<TimingSample> samples) {
    if (samples.isEmpty()) {
      return;
    }
    List<Double> medians = PHASES.stream().map(phase -> median(samples, phase)).toList();
    out.append("\nTiming (DNS, connect, TLS, first byte, total)\n");
    boolean marked = false;
    for (TimingSample s : samples) {
      StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "  %-9s %-14s",
          Words.plain(s.source()) + " " + s.sample(), s.status() != null ? "HTTP " + s.status()
              : Words.plain(s.failure() == null ? "no answer" : s.failure())));
      for (int i = 0; i < PHASES.size(); i++) {
        Double v = PHASES.get(i).apply(s.timings());
        boolean outlier = samples.size() > 2 && v != null && medians.get(i) != null && v >= OUTLIER_FLOOR_MS
            && v > OUTLIER_FACTOR * medians.get(i);
        marked |= outlier;
        line.append(String.format(Locale.ROOT, " %9s", (v == null ? "-" : Words.millis(v)) + (outlier ? "!" : " ")));
      }
      out.append(line.toString().stripTrailing()).append('\n');
    }
    if (marked) {
      out.append(String.format(Locale.ROOT, "  ! more than %.0f times the median of the requests%n", OUTLIER_FACTOR));
    }
  }

  private static Double median(List<TimingSample> samples, Function<HttpTimings, Double> phase) {
    List<Double> values = new ArrayList<>(samples.stream().map(s -> phase.apply(s.timings()))
        .filter(Objects::nonNull).toList());
    if (values.isEmpty()) {
      return null;
    }
    values.sort(null);
    int n = values.size();
    return n % 2 == 1 ? values.get(n / 2) : (values.get(n / 2 - 1) + values.get(n / 2)) / 2;
  }
}
