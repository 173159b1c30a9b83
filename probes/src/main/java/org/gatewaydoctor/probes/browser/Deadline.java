package org.gatewaydoctor.probes.browser;

import java.time.Clock;
import java.time.Instant;

/**
 * The instant by which the probe must have returned, checked between steps of file work. Every
 * caller stops the step it is about to take when {@link #passed()} says so, so a deadline that
 * was ever seen passed means some work was left out. One per run.
 */
final class Deadline {

  private final Instant at;
  private final Clock clock;
  private boolean stoppedWork;

  Deadline(Instant at, Clock clock) {
    this.at = at;
    this.clock = clock;
  }

  /** A deadline that never passes; for reading fixtures without a run. */
  static Deadline none(Clock clock) {
    return new Deadline(Instant.MAX, clock);
  }

  /** Whether the deadline has passed, or the thread was interrupted (the runner cancels that way). */
  boolean passed() {
    if (Thread.currentThread().isInterrupted() || !clock.instant().isBefore(at)) {
      stoppedWork = true;
    }
    return stoppedWork;
  }

  /** Whether some step was left out because the deadline had passed. */
  boolean stoppedWork() {
    return stoppedWork;
  }
}
