package org.gatewaydoctor.facts.http;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.gatewaydoctor.facts.Immutable;

/**
 * One HTTP request to the target and what came back, from our own probe or from a browser's HAR.
 * At least one of {@code status} and {@code failure} is set: both when a response started and
 * then broke off (a reset mid-body, a read timeout in the body).
 *
 * @param sample the 1-based sample number within its source
 * @param source {@link ExchangeSource#PROBE} (we sent it) or {@link ExchangeSource#HAR} (the user's
 *     browser sent it); {@code "probe"} or {@code "har"} in JSON
 * @param method {@code GET} or {@code HEAD} for the probe; any method from a HAR
 * @param url the URL requested first (redirects are in {@code redirects})
 * @param status the final HTTP status, or null when no response arrived
 * @param protocol the protocol of the final response ({@code http/1.1}, {@code h2}, ...), or null
 * @param remoteAddress the peer address of the final response as {@code ip:port}, or null
 * @param viaProxy the proxy the request was sent through ({@code host:port}), or null for direct
 * @param timings the phases, for the final hop
 * @param headers the final response's headers in the order received, secrets redacted
 * @param requestHeaderBytes the size of the request's header block as the client sent it, or null
 * @param requestCookieBytes the size of the request's Cookie header, or null when unknown
 * @param redirects the URLs of each redirect followed, in order
 * @param bodyExcerpt the start of the final response body (at most 16 KiB, token-like values
 *     redacted), or null
 * @param bodyBytes how many body bytes were read, or null
 * @param bodyTruncated whether the body went on beyond what was read
 * @param failure why no response arrived, or null when one did
 * @param detail a short technical description of the failure, or null
 * @param startedAt when the request started (ISO-8601 instant), or null
 * @param resourceType what the request was for, as the browser's developer tools say it
 *     ({@code document}, {@code xhr}, {@code fetch}, {@code script}, {@code image}, ...), or null
 *     when not known (this tool's own requests are for the page itself)
 * @since bundle schema 1.1 ({@code resourceType})
 */
public record HttpExchange(
    int sample,
    ExchangeSource source,
    String method,
    String url,
    Integer status,
    String protocol,
    String remoteAddress,
    String viaProxy,
    HttpTimings timings,
    List<HttpHeader> headers,
    Integer requestHeaderBytes,
    Integer requestCookieBytes,
    List<String> redirects,
    String bodyExcerpt,
    Long bodyBytes,
    boolean bodyTruncated,
    HttpFailure failure,
    String detail,
    String startedAt,
    String resourceType) {

  /** The largest body excerpt any exchange may carry, in bytes: {@value}. */
  public static final int MAX_BODY_EXCERPT_BYTES = 16 * 1024;

  public HttpExchange {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(url, "url");
    timings = timings == null ? HttpTimings.NONE : timings;
    headers = Immutable.list(headers);
    redirects = Immutable.list(redirects);
    if (status == null && failure == null) {
      throw new IllegalArgumentException("an exchange has either a status or a failure, got neither for " + url);
    }
  }

  /** The first value of the named response header (case-insensitive), if present. */
  public Optional<String> header(String name) {
    return headers.stream().filter(h -> h.name().equalsIgnoreCase(name)).map(HttpHeader::value).findFirst();
  }

  /** Whether a response header with this name (case-insensitive) is present. */
  public boolean hasHeader(String name) {
    return header(name).isPresent();
  }

  /** The first value of the named header in lower case, or the empty string when absent; for rules. */
  public String headerLower(String name) {
    return header(name).map(v -> v.toLowerCase(Locale.ROOT)).orElse("");
  }

  /** The body excerpt in lower case, or the empty string; for rules matching error pages. */
  public String bodyLower() {
    return bodyExcerpt == null ? "" : bodyExcerpt.toLowerCase(Locale.ROOT);
  }

  /** Whether a response arrived at all. */
  public boolean answered() {
    return status != null;
  }

  /**
   * Whether the request was sent at all: false when the egress policy kept it back, which says
   * nothing about the network or the service (an unsent request has no response either).
   */
  public boolean sent() {
    return failure != HttpFailure.POLICY;
  }

  /**
   * Whether the request was sent and then waited for an answer that never came: a read timeout, or
   * the run's deadline cutting it once the connection (and for https its TLS handshake) was up.
   * Which timer fires first is an accident of the deadline; a server that accepted and stayed
   * silent did the same either way. For rules.
   */
  public boolean timedOutWaitingForAnswer() {
    return failure == HttpFailure.READ_TIMEOUT
        || failure == HttpFailure.DEADLINE && timings.connectMs() != null
            && (!url.startsWith("https:") || timings.tlsMs() != null);
  }
}
