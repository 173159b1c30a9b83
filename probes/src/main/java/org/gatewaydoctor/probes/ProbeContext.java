package org.gatewaydoctor.probes;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.gatewaydoctor.facts.Target;

/**
 * What a probe gets for one run: the target, its own deadline and the clock to measure it by.
 *
 * @param target what is being diagnosed
 * @param deadline the instant by which this probe must have returned
 * @param clock the clock to read time from (never {@code Instant.now()})
 */
public record ProbeContext(Target target, Instant deadline, Clock clock) {
  public ProbeContext {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(deadline, "deadline");
    Objects.requireNonNull(clock, "clock");
  }

  /** The time left until the deadline, never negative. */
  public Duration remaining() {
    Duration left = Duration.between(clock.instant(), deadline);
    return left.isNegative() ? Duration.ZERO : left;
  }

  /** The smaller of {@code wanted} and the time left. */
  public Duration budget(Duration wanted) {
    Duration left = remaining();
    return wanted.compareTo(left) <= 0 ? wanted : left;
  }
}
