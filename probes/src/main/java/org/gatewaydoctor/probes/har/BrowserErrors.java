package org.gatewaydoctor.probes.har;

import java.util.Locale;
import org.gatewaydoctor.facts.http.HttpFailure;

/**
 * Chrome's network error names ({@code net::ERR_*}, Chromium's {@code net/base/net_error_list.h})
 * as the kinds of failure the bundle records. The name itself is kept as the exchange's detail.
 */
final class BrowserErrors {

  private BrowserErrors() {}

  /** The failure a browser's error name stands for; {@link HttpFailure#OTHER} when none is given. */
  static HttpFailure failureOf(String error) {
    if (error == null) {
      return HttpFailure.OTHER;
    }
    String e = error.toUpperCase(Locale.ROOT);
    if (e.contains("BLOCKED_BY_CLIENT") || e.contains("BLOCKED_BY_ADMINISTRATOR")) {
      return HttpFailure.BLOCKED;
    }
    if (e.contains("TOO_MANY_REDIRECTS")) {
      return HttpFailure.REDIRECT_LOOP;
    }
    if (e.contains("PROXY") || e.contains("TUNNEL_CONNECTION_FAILED")) {
      return HttpFailure.PROXY;
    }
    if (e.contains("INTERNET_DISCONNECTED") || e.contains("NETWORK_CHANGED") || e.contains("ADDRESS_UNREACHABLE")
        || e.contains("NETWORK_ACCESS_DENIED")) {
      return HttpFailure.OFFLINE;
    }
    if (e.contains("NAME_NOT_RESOLVED") || e.contains("NAME_RESOLUTION")) {
      return HttpFailure.DNS;
    }
    if (e.contains("CONNECTION_REFUSED")) {
      return HttpFailure.REFUSED;
    }
    if (e.contains("CONNECTION_TIMED_OUT")) {
      return HttpFailure.CONNECT_TIMEOUT;
    }
    if (e.contains("TIMED_OUT")) {
      return HttpFailure.READ_TIMEOUT;
    }
    if (e.contains("CERT") || e.contains("SSL")) {
      return HttpFailure.TLS;
    }
    if (e.contains("RESET") || e.contains("CLOSED") || e.contains("EMPTY_RESPONSE")) {
      return HttpFailure.RESET;
    }
    if (e.contains("HTTP2_PROTOCOL") || e.contains("INVALID_HTTP_RESPONSE") || e.contains("INVALID_RESPONSE")) {
      return HttpFailure.PROTOCOL;
    }
    return HttpFailure.OTHER;
  }
}
