package org.gatewaydoctor.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.gatewaydoctor.facts.http.HttpTimings;
import org.gatewaydoctor.facts.report.TimingSample;

/**
 * An SVG waterfall of the timing phases of each HTTP sample: one row per sample, one bar per
 * measured phase (DNS, connect, TLS, server time to first byte, transfer), laid end to end on a
 * common scale. A phase that did not happen or was not measured (a reused connection has no
 * connect, plain HTTP has no TLS) gets no bar. Every bar carries {@code data-sample} and
 * {@code data-phase} and a {@code <title>} tooltip.
 */
final class Waterfall {

  /** A phase of one sample: its name, start and length in milliseconds. */
  record Bar(String phase, double startMs, double ms) {}

  /** The phase names in drawing order, as {@code data-phase} and the CSS classes use them. */
  static final List<String> PHASES = List.of("dns", "connect", "tls", "server", "transfer");

  private static final int LABEL_WIDTH = 190;
  private static final int CHART_WIDTH = 560;
  private static final int ROW_HEIGHT = 24;
  private static final int TOP = 26;

  private Waterfall() {}

  /**
   * The bars of one sample. Transfer is what the total leaves after the other phases (the total runs
   * from the start of the call to the end of the body); it is measured only when both the total and
   * the time to first byte were.
   */
  static List<Bar> bars(HttpTimings t) {
    List<Bar> bars = new ArrayList<>();
    double at = 0;
    Double[] values = {t.dnsMs(), t.connectMs(), t.tlsMs(), t.ttfbMs()};
    for (int i = 0; i < values.length; i++) {
      if (values[i] != null) {
        bars.add(new Bar(PHASES.get(i), at, values[i]));
        at += values[i];
      }
    }
    if (t.totalMs() != null && t.ttfbMs() != null) {
      bars.add(new Bar("transfer", at, Math.max(0, t.totalMs() - at)));
    }
    return bars;
  }

  /** The SVG element for {@code samples}, or a short paragraph when there are none. */
  static String svg(List<TimingSample> samples) {
    if (samples.isEmpty()) {
      return "<p class=\"none\">No HTTP request was timed.</p>\n";
    }
    double longest = 1;
    for (TimingSample s : samples) {
      for (Bar b : bars(s.timings())) {
        longest = Math.max(longest, b.startMs() + b.ms());
      }
    }
    double scale = CHART_WIDTH / longest;
    int height = TOP + samples.size() * ROW_HEIGHT + 8;
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "<svg class=\"waterfall\" xmlns=\"http://www.w3.org/2000/svg\" "
        + "viewBox=\"0 0 %d %d\" width=\"%d\" height=\"%d\" role=\"img\" aria-label=\"Timing of each HTTP request\">%n",
        LABEL_WIDTH + CHART_WIDTH + 10, height, LABEL_WIDTH + CHART_WIDTH + 10, height));
    axis(out, longest, scale, height);
    for (int row = 0; row < samples.size(); row++) {
      row(out, samples.get(row), TOP + row * ROW_HEIGHT, scale);
    }
    out.append("</svg>\n");
    return out.toString();
  }

  private static void axis(StringBuilder out, double longest, double scale, int height) {
    for (int i = 0; i <= 4; i++) {
      double ms = longest * i / 4;
      double x = LABEL_WIDTH + ms * scale;
      out.append(String.format(Locale.ROOT, "<line class=\"tick\" x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\"/>"
          + "<text class=\"tick-label\" x=\"%.1f\" y=\"14\" text-anchor=\"%s\">%s</text>%n",
          x, TOP - 6, x, height - 4, x, i == 0 ? "start" : i == 4 ? "end" : "middle",
          Html.esc(i == 0 ? "0" : Words.millis(ms))));
    }
  }

  private static void row(StringBuilder out, TimingSample s, int y, double scale) {
    String sample = s.source() + " " + s.sample();
    String outcome = s.status() != null ? "HTTP " + s.status() : s.failure() != null ? s.failure() : "";
    out.append(String.format(Locale.ROOT, "<g class=\"sample\" data-sample=\"%s\"><title>%s</title>%n", Html.esc(sample),
        Html.esc(s.url())));
    out.append(String.format(Locale.ROOT, "<text class=\"row-label\" x=\"0\" y=\"%d\">%s</text>%n", y + 16,
        Html.esc(sample + "  " + outcome)));
    List<Bar> bars = bars(s.timings());
    if (bars.isEmpty()) {
      out.append(String.format(Locale.ROOT, "<text class=\"untimed\" x=\"%d\" y=\"%d\">not timed</text>%n",
          LABEL_WIDTH, y + 16));
    }
    for (Bar b : bars) {
      // At least one pixel wide, so that a phase measured as 0.2 ms still shows that it happened.
      out.append(String.format(Locale.ROOT, "<rect class=\"bar %s\" data-sample=\"%s\" data-phase=\"%s\" "
          + "x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"%d\"><title>%s: %s</title></rect>%n",
          b.phase(), Html.esc(sample), b.phase(), LABEL_WIDTH + b.startMs() * scale, y + 4,
          Math.max(1, b.ms() * scale), ROW_HEIGHT - 8, Html.esc(sample + " " + label(b.phase())),
          Html.esc(Words.millis(b.ms()))));
    }
    out.append("</g>\n");
  }

  /** The phase's name for people. */
  static String label(String phase) {
    return switch (phase) {
      case "dns" -> "DNS";
      case "connect" -> "connect";
      case "tls" -> "TLS";
      case "server" -> "server (time to first byte)";
      default -> "transfer";
    };
  }
}
