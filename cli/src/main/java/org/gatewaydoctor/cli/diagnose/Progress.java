package org.gatewaydoctor.cli.diagnose;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.gatewaydoctor.facts.ProbeOutcome;
import org.gatewaydoctor.probes.runner.ProbeListener;

/**
 * One line per probe on stderr: running, then done, failed, timed out or skipped. On a terminal the
 * lines are redrawn in place (ECMA-48 cursor up {@code CSI n A} and erase line {@code CSI 2 K}), so
 * the display stays one line per probe; otherwise each event is a plain line of its own, which
 * reads well in a log. Thread-safe: the runner calls it from its probe threads.
 */
final class Progress implements ProbeListener {

  private static final String CSI = "\u001b[";

  private final PrintWriter err;
  private final boolean redraw;
  private final int width;
  private final Map<String, String> lines = new LinkedHashMap<>();
  private int drawn;

  /**
   * @param err where to write (standard error)
   * @param redraw whether to redraw in place (standard error is a terminal that understands it)
   * @param width the terminal's width in columns; redrawn lines are cut to fit, because a line that
   *     wraps would throw off the count of lines to move up over
   */
  Progress(PrintWriter err, boolean redraw, int width) {
    this.err = err;
    this.redraw = redraw;
    this.width = Math.max(20, width);
  }

  @Override
  public synchronized void started(String probeId, Duration budget) {
    show(probeId, String.format(Locale.ROOT, "running (up to %.1f s)", budget.toMillis() / 1000.0));
  }

  @Override
  public synchronized void finished(ProbeOutcome o) {
    String how = switch (o.status()) {
      case OK -> "done";
      case FAILED -> "failed";
      case TIMEOUT -> "timed out";
      case SKIPPED -> "skipped";
      case NOT_RUN -> "not run";
    };
    show(o.id(), how + " in " + o.durationMs() + " ms" + (o.reason() == null || o.ran() ? "" : " (" + o.reason() + ")"));
  }

  private void show(String probeId, String state) {
    String line = String.format(Locale.ROOT, "  %-13s %s", probeId, state);
    lines.put(probeId, line);
    if (!redraw) {
      err.println(line);
    } else {
      redrawAll();
    }
    err.flush();
  }

  /** Moves up over what was drawn and draws every probe's line again, each erased first. */
  private void redrawAll() {
    StringBuilder out = new StringBuilder();
    if (drawn > 0) {
      out.append(CSI).append(drawn).append('A').append('\r');
    }
    List<String> all = new ArrayList<>(lines.values());
    for (String line : all) {
      String fitted = line.length() < width ? line : line.substring(0, width - 4) + "...";
      out.append(CSI).append("2K").append(fitted).append('\n');
    }
    drawn = all.size();
    err.print(out);
  }
}
