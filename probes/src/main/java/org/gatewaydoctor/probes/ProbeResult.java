package org.gatewaydoctor.probes;

import java.util.Objects;
import org.gatewaydoctor.facts.ProbeStatus;
import org.gatewaydoctor.facts.bundle.Observations;

/**
 * What one probe run produced: its observations (possibly partial) and how it ended.
 *
 * @param observations what it saw, never null (empty when it saw nothing)
 * @param status how it ended
 * @param reason why it did not end {@code ok}, or a short note; may be null
 */
public record ProbeResult(Observations observations, ProbeStatus status, String reason) {
  public ProbeResult {
    Objects.requireNonNull(observations, "observations");
    Objects.requireNonNull(status, "status");
  }

  /** The probe ran and saw {@code observations}. */
  public static ProbeResult ok(Observations observations) {
    return new ProbeResult(observations, ProbeStatus.OK, null);
  }

  /** The probe could not complete; {@code partial} holds what it saw before that. */
  public static ProbeResult failed(Observations partial, String reason) {
    return new ProbeResult(partial, ProbeStatus.FAILED, reason);
  }

  /** The probe chose not to run (policy, not applicable), with what it recorded about that (may be empty). */
  public static ProbeResult skipped(Observations observations, String reason) {
    return new ProbeResult(observations, ProbeStatus.SKIPPED, reason);
  }

  /** This result with {@code note} as its reason (for an {@code ok} result, a short note). */
  public ProbeResult withReason(String note) {
    return new ProbeResult(observations, status, note);
  }

  /** The probe chose not to run (policy, not applicable). */
  public static ProbeResult skipped(String reason) {
    return new ProbeResult(Observations.NONE, ProbeStatus.SKIPPED, reason);
  }

  /** The probe ran out of time; {@code partial} holds what it saw before that. */
  public static ProbeResult timedOut(Observations partial, String reason) {
    return new ProbeResult(partial, ProbeStatus.TIMEOUT, reason);
  }
}
