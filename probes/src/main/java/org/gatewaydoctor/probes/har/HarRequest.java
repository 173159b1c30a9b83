package org.gatewaydoctor.probes.har;

import java.util.Locale;
import java.util.Objects;
import org.gatewaydoctor.facts.http.HttpExchange;

/**
 * One HAR entry as read: the exchange it records (one hop, before redaction and before redirect
 * hops are joined) with what the browser said about it.
 *
 * @param index the entry's position in the file, from 0
 * @param hop the exchange of this one request (no redirects joined yet)
 * @param resourceType what the request was for ({@code document}, {@code xhr}, {@code fetch},
 *     {@code image}, ...), from DevTools' {@code _resourceType}, else {@code Sec-Fetch-Dest}, else
 *     the response's media type; null when nothing says
 * @param initiator DevTools' {@code _initiator.type} ({@code other} for a navigation the user
 *     started, {@code parser}, {@code script}, ...), or null
 * @param location where a 3xx answer sends the browser ({@code redirectURL} or {@code Location}),
 *     absolute, or null
 * @param userAgent the request's {@code User-Agent}, or null (sanitised exports keep it)
 */
record HarRequest(int index, HttpExchange hop, String resourceType, String initiator, String location,
    String userAgent) {

  HarRequest {
    Objects.requireNonNull(hop, "hop");
  }

  /** Whether the page itself cancelled it ({@code net::ERR_ABORTED}): not a failure of anything. */
  boolean aborted() {
    return hop.detail() != null && hop.detail().toUpperCase(Locale.ROOT).contains("ERR_ABORTED");
  }

  /** Whether it is a top-level or frame navigation. */
  boolean document() {
    return "document".equals(resourceType);
  }

  /** Whether the answer redirects elsewhere and the browser followed it (it did not fail there). */
  boolean redirects() {
    return location != null && hop.failure() == null && hop.status() != null && hop.status() >= 300
        && hop.status() < 400;
  }

  /** Whether the browser failed it: no HTTP answer at all (status 0), or a net::ERR_* after one. */
  boolean failed() {
    return hop.status() == null || hop.failure() != null;
  }
}
