package org.gatewaydoctor.facts;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How a probe ended. A probe that did not run is never a negative observation. */
public enum ProbeStatus {
  /** The probe ran and recorded its observations (whatever they say). */
  @JsonProperty("ok") OK,
  /** The probe could not complete; its reason says why. */
  @JsonProperty("failed") FAILED,
  /** The probe ran out of time (its own timeout or the run's deadline). */
  @JsonProperty("timeout") TIMEOUT,
  /** The probe chose not to run (egress policy, not applicable, switched off). */
  @JsonProperty("skipped") SKIPPED,
  /** The probe was never started (for example, a bundle made from a HAR file). */
  @JsonProperty("not-run") NOT_RUN
}
