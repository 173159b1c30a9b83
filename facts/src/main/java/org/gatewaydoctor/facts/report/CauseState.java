package org.gatewaydoctor.facts.report;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How sure the rules are about a cause. Ordered from most to least established. */
public enum CauseState {
  /** The evidence proves it, beyond the confirmation threshold. */
  @JsonProperty("confirmed") CONFIRMED,
  /** The evidence points to it. */
  @JsonProperty("likely") LIKELY,
  /** Some evidence fits it, not enough to point to it. */
  @JsonProperty("possible") POSSIBLE,
  /** The evidence speaks against it. */
  @JsonProperty("ruled-out") RULED_OUT,
  /** The probes that could tell did not run, so nothing is known either way. */
  @JsonProperty("not-checked") NOT_CHECKED
}
