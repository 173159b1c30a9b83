package org.gatewaydoctor.facts;

import java.util.Objects;

/**
 * How one probe ended. Observations live in the bundle's {@code observations}; this says whether
 * they are complete.
 *
 * @param id the probe id, such as {@code dns}, {@code http}, {@code status-page}
 * @param status how it ended
 * @param reason why it did not end {@code ok} (or a short note when it did), may be null
 * @param durationMs wall time the probe took, in milliseconds, never negative
 */
public record ProbeOutcome(String id, ProbeStatus status, String reason, long durationMs) {
  public ProbeOutcome {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(status, "status");
    if (durationMs < 0) {
      throw new IllegalArgumentException("durationMs must not be negative, got " + durationMs);
    }
  }

  /** Whether the probe ran to completion, so that its observations can be trusted as complete. */
  public boolean ran() {
    return status == ProbeStatus.OK;
  }
}
