package org.gatewaydoctor.facts.dns;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Whether a DNS question got an answer. An answer can still be an error (see the rcode). */
public enum DnsQueryStatus {
  /** A response arrived; its rcode says what kind. */
  @JsonProperty("answered") ANSWERED,
  /** No response within the timeout. */
  @JsonProperty("timeout") TIMEOUT,
  /** The response could not be read (garbage, truncated beyond repair) or the socket failed. */
  @JsonProperty("error") ERROR,
  /** Not asked: the egress policy did not allow the resolver's address, or no resolver is configured. */
  @JsonProperty("skipped") SKIPPED
}
