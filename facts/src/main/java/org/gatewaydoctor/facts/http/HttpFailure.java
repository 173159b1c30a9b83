package org.gatewaydoctor.facts.http;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Why an HTTP exchange ended without a response. */
public enum HttpFailure {
  /** The host name did not resolve. */
  @JsonProperty("dns") DNS,
  /** The TCP connection was refused (RST). */
  @JsonProperty("refused") REFUSED,
  /** The TCP connection did not complete in time (packets dropped, typical of a filtering firewall). */
  @JsonProperty("connect-timeout") CONNECT_TIMEOUT,
  /** The TLS handshake failed (bad or untrusted certificate, protocol mismatch, interception). */
  @JsonProperty("tls") TLS,
  /** The connection was reset or closed before a complete response arrived. */
  @JsonProperty("reset") RESET,
  /** Connected, but no response (or no more of it) arrived in time. */
  @JsonProperty("read-timeout") READ_TIMEOUT,
  /** The peer spoke something that is not valid HTTP. */
  @JsonProperty("protocol") PROTOCOL,
  /** Not attempted: the egress policy does not allow the destination. */
  @JsonProperty("policy") POLICY,
  /** Stopped because the run's deadline came. */
  @JsonProperty("deadline") DEADLINE,
  /** Anything else; the detail says what. */
  @JsonProperty("other") OTHER
}
