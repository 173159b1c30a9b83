package org.gatewaydoctor.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import org.gatewaydoctor.facts.ProbeOutcome;
import org.gatewaydoctor.probes.runner.ProbeListener;

/** One line per probe on stderr: when it starts and how it ends. Thread-safe. */
final class Progress implements ProbeListener {

  private final PrintWriter err;

  Progress(PrintWriter err) {
    this.err = err;
  }

  @Override
  public synchronized void started(String probeId, Duration budget) {
    err.printf(Locale.ROOT, "  %-13s running (up to %.1f s)%n", probeId, budget.toMillis() / 1000.0);
    err.flush();
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
    err.printf(Locale.ROOT, "  %-13s %s in %d ms%s%n", o.id(), how, o.durationMs(),
        o.reason() == null || o.ran() ? "" : " (" + o.reason() + ")");
    err.flush();
  }
}
