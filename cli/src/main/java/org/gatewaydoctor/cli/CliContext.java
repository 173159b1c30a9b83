package org.gatewaydoctor.cli;

import java.time.Clock;
import java.util.Map;
import java.util.Objects;

/**
 * What every command gets from the one place that wires the CLI ({@link Main}): the clock, the
 * environment variables, the terminal, and the diagnosers.
 *
 * @param clock the clock probes, deadlines and watch timestamps use
 * @param env the process environment (GATEWAY_DOCTOR_EGRESS, proxy variables, NO_COLOR, ...)
 * @param terminal what standard output and standard error are
 * @param diagnosers where the rule base comes from
 */
public record CliContext(Clock clock, Map<String, String> env, Terminal terminal, Diagnosers diagnosers) {
  public CliContext {
    Objects.requireNonNull(clock, "clock");
    env = Map.copyOf(env);
    Objects.requireNonNull(terminal, "terminal");
    Objects.requireNonNull(diagnosers, "diagnosers");
  }

  /** The context of this process: the system clock, its environment, its terminal. */
  public static CliContext system() {
    return new CliContext(Clock.systemUTC(), System.getenv(),
        Terminal.detect(System.getenv(), System.getProperties(), System.console() != null), new Diagnosers());
  }
}
