package org.gatewaydoctor.facts.connectivity;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What a reference check saw. */
public enum ReferenceResult {
  /** Connected, and (for HTTP) got exactly the expected answer. */
  @JsonProperty("ok") OK,
  /** The connection was refused. */
  @JsonProperty("refused") REFUSED,
  /** No connection or no answer in time. */
  @JsonProperty("timeout") TIMEOUT,
  /** The name did not resolve. */
  @JsonProperty("dns-failure") DNS_FAILURE,
  /** An HTTP answer arrived with another status than expected. */
  @JsonProperty("unexpected-status") UNEXPECTED_STATUS,
  /** An HTTP answer arrived with the expected status but another body (a portal's page). */
  @JsonProperty("unexpected-body") UNEXPECTED_BODY,
  /** An HTTP redirect arrived where none is expected (the classic captive-portal sign). */
  @JsonProperty("redirected") REDIRECTED,
  /** The address family is not available here (no route, no address). */
  @JsonProperty("no-route") NO_ROUTE,
  /** Anything else; see the detail. */
  @JsonProperty("error") ERROR,
  /** Not attempted (egress policy, switched off). */
  @JsonProperty("skipped") SKIPPED
}
