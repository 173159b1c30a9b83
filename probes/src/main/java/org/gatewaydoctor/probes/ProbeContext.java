package org.gatewaydoctor.probes;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.gatewaydoctor.facts.Target;

/**
 * What a probe gets for one run: the target (parsed, and as the fact model records it), its own
 * deadline and the clock to measure it by.
 *
 * @param url the target URL, parsed once by whoever started the check
 * @param target what is being diagnosed, as recorded in the bundle ({@code target.url()} is {@code url}'s text)
 * @param deadline the instant by which this probe must have returned
 * @param clock the clock to read time from (never {@code Instant.now()})
 */
public record ProbeContext(TargetUrl url, Target target, Instant deadline, Clock clock) {
  public ProbeContext {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(deadline, "deadline");
    Objects.requireNonNull(clock, "clock");
  }

  /** A context for {@code target}, whose URL is parsed here (for tests and probes run on their own). */
  public ProbeContext(Target target, Instant deadline, Clock clock) {
    this(TargetUrl.parse(target.url()), target, deadline, clock);
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
