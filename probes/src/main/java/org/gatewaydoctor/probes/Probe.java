package org.gatewaydoctor.probes;

import java.time.Duration;

/**
 * One routine that observes one area (DNS, HTTP, status page, ...) and records what it saw. A
 * probe never judges: "broken" is for the rules to decide. A probe never throws for anything the
 * world does (timeouts, refusals, garbage): those are observations or a failed result.
 */
public interface Probe {

  /** The stable id used in probe outcomes, such as {@code dns} or {@code http}. */
  String id();

  /** The most this probe may take; the runner gives it the smaller of this and the time left. */
  Duration timeout();

  /**
   * Observes and returns what it saw. Must return by {@link ProbeContext#deadline()}; the runner
   * cancels (interrupts) it after that.
   *
   * @throws InterruptedException when the runner cancels it
   */
  ProbeResult run(ProbeContext context) throws InterruptedException;
}
