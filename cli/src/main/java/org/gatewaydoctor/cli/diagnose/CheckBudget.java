package org.gatewaydoctor.cli.diagnose;

import java.time.Duration;

/**
 * How much of a live check's deadline the probes get. The deadline a user reads ("Checking ... (at
 * most 8 s)") is the whole wait, so the first check of a process counts it from the moment the
 * process started: the JVM's start-up, which a loaded machine can stretch past a second, comes out
 * of it, and so does a reserve for the diagnosis and the report after the probes. Without this a
 * check that waits for a silent server ended at 9.8 s on a busy 2-core machine with an 8 s deadline
 * (issue 16, defect 8).
 */
final class CheckBudget {

  /** Kept back for what follows the probes: the verdict (the rule base is ready by then) and the report. */
  static final Duration RESERVE = Duration.ofMillis(500);

  private CheckBudget() {}

  /**
   * The probes' deadline when {@code spent} of {@code deadline} has gone before they start. Never
   * less than half the deadline: a start-up slower than the deadline itself (a 500 ms deadline on a
   * cold JVM) still gets a check worth having, and the report says how long the probes had.
   */
  static Duration forProbes(Duration deadline, Duration spent) {
    Duration floor = deadline.dividedBy(2);
    Duration left = deadline.minus(spent.isNegative() ? Duration.ZERO : spent).minus(RESERVE);
    return left.compareTo(floor) < 0 ? floor : left;
  }
}
