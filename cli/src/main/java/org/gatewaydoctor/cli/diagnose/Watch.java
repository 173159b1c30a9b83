package org.gatewaydoctor.cli.diagnose;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.gatewaydoctor.cli.UsageError;
import org.gatewaydoctor.report.Format;
import org.gatewaydoctor.report.Reports;
import org.gatewaydoctor.report.Words;
import org.gatewaydoctor.facts.report.CauseAssessment;
import org.gatewaydoctor.facts.report.CauseState;
import org.gatewaydoctor.facts.report.Diagnosis;
import org.gatewaydoctor.facts.report.Side;

/**
 * {@code --watch}: checks again every interval until nothing is wrong, printing only what changed
 * (the verdict's side or sentence, or the leading causes). Text gives a short block per change;
 * JSON gives the whole report on one line per change (JSON Lines).
 */
final class Watch {

  /** How many leading causes (confirmed or likely) count as "what is wrong": {@value}. */
  static final int TOP_CAUSES = 3;

  /** One check: observe and diagnose. */
  interface Check {
    Diagnosis next() throws UsageError;
  }

  /** Waits between checks (tests pass one that does not). */
  interface Sleeper {
    void sleep(Duration d) throws InterruptedException;
  }

  /** What a change is made of: the verdict and the leading causes with their states. */
  record State(Side side, String summary, List<String> topCauses) {
    static State of(Diagnosis d) {
      List<String> top = d.causes().stream()
          .filter(Watch::stands)
          .limit(TOP_CAUSES).map(c -> c.title() + " (" + c.state().name().toLowerCase(Locale.ROOT) + ")").toList();
      return new State(d.verdict().side(), d.verdict().summary(), top);
    }
  }

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT);

  private final Clock clock;
  private final ZoneId zone;
  private final Duration interval;
  private final Sleeper sleeper;
  private final PrintWriter out;
  private final PrintWriter err;
  private final Format format;
  private final Reports reports = new Reports();
  private final AtomicInteger checks = new AtomicInteger();

  Watch(Clock clock, ZoneId zone, Duration interval, Sleeper sleeper, PrintWriter out, PrintWriter err, Format format) {
    this.clock = clock;
    this.zone = zone;
    this.interval = interval;
    this.sleeper = sleeper;
    this.out = out;
    this.err = err;
    this.format = format;
  }

  /** How many checks have started so far (for a message when the user stops the watch). */
  int checks() {
    return checks.get();
  }

  /** Checks until nothing is wrong; returns the exit code for that (0). */
  int run(Check check) throws UsageError, InterruptedException {
    Instant first = clock.instant();
    State last = null;
    while (true) {
      int n = checks.incrementAndGet();
      Diagnosis d = check.next();
      State now = State.of(d);
      if (!now.equals(last)) {
        print(n, d, now);
        last = now;
      }
      if (now.side() == Side.NONE) {
        err.println(n == 1 ? "Nothing is wrong: nothing to wait for."
            : "Recovered after " + checks(n) + " (" + human(Duration.between(first, clock.instant())) + ").");
        err.flush();
        return 0;
      }
      if (n == 1) {
        err.println("Checking again every " + human(interval) + " until it recovers (Ctrl-C to stop).");
        err.flush();
      }
      sleeper.sleep(interval);
    }
  }

  private void print(int n, Diagnosis d, State s) {
    if (format == Format.json) {
      out.print(reports.compactJson(d));
    } else {
      String time = LocalTime.ofInstant(clock.instant(), zone).format(TIME);
      out.println(time + "  check " + n + ": " + Words.side(s.side()));
      out.println("  " + oneLine(s.summary()));
      if (!s.topCauses().isEmpty()) {
        out.println("  causes: " + s.topCauses().stream().map(Watch::oneLine).collect(Collectors.joining("; ")));
      }
    }
    out.flush();
  }

  private static String oneLine(String s) {
    return s.replaceAll("\\p{Cntrl}", " ");
  }

  /** {@code 1 check}, {@code 3 checks}. */
  static String checks(int n) {
    return n == 1 ? "1 check" : n + " checks";
  }

  /** {@code 45 s}, {@code 2 min 5 s}. */
  static String human(Duration d) {
    long s = Math.max(0, Math.round(d.toMillis() / 1000.0));
    return s < 60 ? s + " s" : s / 60 + " min" + (s % 60 == 0 ? "" : " " + s % 60 + " s");
  }

  /** Whether a cause is among what is wrong: confirmed or likely. */
  private static boolean stands(CauseAssessment c) {
    return c.state() == CauseState.CONFIRMED || c.state() == CauseState.LIKELY;
  }
}
