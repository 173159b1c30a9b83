package org.gatewaydoctor.facts.network;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How a TCP connect attempt ended. */
public enum PortState {
  /** The connection was established. */
  @JsonProperty("open") OPEN,
  /** The peer (or something on the way) answered with a reset. */
  @JsonProperty("refused") REFUSED,
  /** Nothing answered in time: packets dropped, the mark of a filtering firewall. */
  @JsonProperty("filtered") FILTERED,
  /** No route or another socket error; see the detail. */
  @JsonProperty("error") ERROR,
  /** Not attempted (egress policy, no address). */
  @JsonProperty("skipped") SKIPPED
}
