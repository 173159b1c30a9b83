package org.gatewaydoctor.facts.http;

/**
 * The phases of one HTTP exchange in milliseconds, httpstat style. A phase that did not happen
 * (a reused connection has no connect, plain HTTP has no TLS) or was not measured is null.
 *
 * @param dnsMs name resolution
 * @param connectMs TCP connect
 * @param tlsMs TLS handshake
 * @param ttfbMs from the request being sent to the first byte of the response (server time)
 * @param totalMs from the start of the call to the end of the (bounded) body
 */
public record HttpTimings(Double dnsMs, Double connectMs, Double tlsMs, Double ttfbMs, Double totalMs) {

  /** Timings of an exchange about which nothing was measured. */
  public static final HttpTimings NONE = new HttpTimings(null, null, null, null, null);
}
