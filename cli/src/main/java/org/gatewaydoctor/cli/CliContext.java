package org.gatewaydoctor.cli;

import java.time.Clock;
import java.time.Instant;
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
 * @param started when the user started waiting: the process's start for a real run, from which a
 *     live check's deadline counts
 */
public record CliContext(Clock clock, Map<String, String> env, Terminal terminal, Diagnosers diagnosers,
    Instant started) {
  public CliContext {
    Objects.requireNonNull(clock, "clock");
    env = Map.copyOf(env);
    Objects.requireNonNull(terminal, "terminal");
    Objects.requireNonNull(diagnosers, "diagnosers");
    Objects.requireNonNull(started, "started");
  }

  /** A context that starts now (in-process runs, tests). */
  public CliContext(Clock clock, Map<String, String> env, Terminal terminal, Diagnosers diagnosers) {
    this(clock, env, terminal, diagnosers, clock.instant());
  }

  /** The context of this process: the system clock, its environment, its terminal, its start. */
  public static CliContext system() {
    Clock clock = Clock.systemUTC();
    // The launcher execs the JVM, so this is when the user pressed Enter; /proc has it to 10 ms.
    Instant started = ProcessHandle.current().info().startInstant().orElseGet(clock::instant);
    return new CliContext(clock, System.getenv(),
        Terminal.detect(System.getenv(), System.getProperties(), System.console() != null), new Diagnosers(), started);
  }
}
