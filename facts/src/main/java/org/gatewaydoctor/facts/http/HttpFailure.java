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
  /**
   * The browser itself refused to send it: an extension (ad or script blocker) or a policy
   * (Chrome's {@code net::ERR_BLOCKED_BY_CLIENT}). Since bundle schema 1.1.
   */
  @JsonProperty("blocked") BLOCKED,
  /** The client gave up after too many redirects ({@code net::ERR_TOO_MANY_REDIRECTS}). Since 1.1. */
  @JsonProperty("redirect-loop") REDIRECT_LOOP,
  /** The configured proxy could not be reached or refused the tunnel ({@code net::ERR_PROXY_*}). Since 1.1. */
  @JsonProperty("proxy") PROXY,
  /** The device had no network connection at all ({@code net::ERR_INTERNET_DISCONNECTED}). Since 1.1. */
  @JsonProperty("offline") OFFLINE,
  /** Anything else; the detail says what. */
  @JsonProperty("other") OTHER
}
