package org.gatewaydoctor.probes.har;

import org.gatewaydoctor.facts.Echo;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import okhttp3.HttpUrl;
import org.gatewaydoctor.facts.http.ExchangeSource;
import org.gatewaydoctor.facts.http.HttpExchange;
import org.gatewaydoctor.facts.http.HttpHeader;
import org.gatewaydoctor.facts.http.HttpTimings;

/** Reads one HAR 1.2 entry (before redaction). */
final class HarEntry {

  private HarEntry() {}

  static HarRequest read(HarNode entry, int index) throws HarException {
    HarNode request = entry.object("request");
    HarNode response = entry.object("response");
    String method = request.string("method");
    String url = request.string("url");
    if (url.regionMatches(true, 0, "http", 0, 4) && url.contains(":") && url.substring(0, url.indexOf(':'))
        .matches("(?i)https?") && org.gatewaydoctor.facts.http.Sites.host(url) == null) {
      // http:///path has no host; a lenient parser would take "path" for one.
      throw request.error("url " + org.gatewaydoctor.facts.Echo.of(url) + " is no http(s) URL with a host");
    }
    String startedAt = instant(entry);
    long status = response.integer("status");
    List<HttpHeader> headers = new ArrayList<>();
    for (HarNode h : response.optionalArray("headers")) {
      headers.add(new HttpHeader(h.string("name"), h.string("value")));
    }
    List<HttpHeader> requestHeaders = new ArrayList<>();
    for (HarNode h : request.optionalArray("headers")) {
      requestHeaders.add(new HttpHeader(h.string("name"), h.string("value")));
    }
    Integer headerBytes = sizeOrNull(request.has("headersSize") ? request.integer("headersSize") : -1);
    Integer cookieBytes = cookieBytes(request, requestHeaders);
    HttpTimings timings = timings(entry);
    String remote = remoteAddress(entry.optionalString("serverIPAddress"));
    String location = location(response, headers, url);
    String error = response.optionalString("_error");
    String type = resourceType(entry, requestHeaders, response);
    String initiator = entry.has("_initiator") && entry.object("_initiator").has("type")
        ? entry.object("_initiator").string("type") : null;
    String userAgent = value(requestHeaders, "user-agent");
    if (status == 0) {
      // Status 0: the browser got no response (blocked, aborted, failed); Chrome says why in _error.
      HttpExchange hop = new HttpExchange(index + 1, ExchangeSource.HAR, method, url, null, null, remote, null, timings, headers,
          headerBytes, cookieBytes, List.of(), null, null, false, BrowserErrors.failureOf(error),
          error == null ? "no response (status 0 in the HAR)" : error, startedAt, type);
      return new HarRequest(index, hop, type, initiator, null, userAgent);
    }
    if (status < 100 || status > 999) {
      throw response.error("status " + status + " is not an HTTP status");
    }
    Body body = body(response);
    // Chrome also writes _error on an entry that got a status: the 20th redirect of a loop is a 302
    // with net::ERR_TOO_MANY_REDIRECTS. The answer arrived and the browser still failed.
    HttpExchange hop = new HttpExchange(index + 1, ExchangeSource.HAR, method, url, (int) status,
        protocol(response.optionalString("httpVersion")), remote, null, timings, headers, headerBytes, cookieBytes,
        location == null ? List.of() : List.of(location), body.excerpt, body.bytes, body.truncated,
        error == null ? null : BrowserErrors.failureOf(error), error, startedAt, type);
    return new HarRequest(index, hop, type, initiator, location, userAgent);
  }

  private static String instant(HarNode entry) throws HarException {
    String started = entry.string("startedDateTime");
    try {
      return OffsetDateTime.parse(started).toInstant().toString();
    } catch (DateTimeParseException e) {
      throw entry.error("startedDateTime " + Echo.of(started) + " is not an ISO 8601 date-time");
    }
  }

  /**
   * DevTools' {@code _resourceType}; else the request's {@code Sec-Fetch-Dest} (Fetch Metadata,
   * which Chrome and Firefox both send: {@code document}, {@code empty} for fetch/XHR, {@code image},
   * ...); else what the response's media type says; else null.
   */
  private static String resourceType(HarNode entry, List<HttpHeader> requestHeaders, HarNode response)
      throws HarException {
    String devtools = entry.optionalString("_resourceType");
    if (devtools != null && !devtools.isBlank()) {
      return devtools.toLowerCase(Locale.ROOT);
    }
    String dest = value(requestHeaders, "sec-fetch-dest");
    if (dest != null) {
      return switch (dest.toLowerCase(Locale.ROOT)) {
        case "document", "iframe", "frame" -> "document";
        case "empty" -> "fetch";
        case "style" -> "stylesheet";
        case "script", "worker", "sharedworker", "serviceworker" -> "script";
        case "image" -> "image";
        case "font" -> "font";
        case "audio", "video", "track" -> "media";
        case "manifest" -> "manifest";
        default -> "other";
      };
    }
    String mime = response.has("content") ? response.object("content").optionalString("mimeType") : null;
    if (mime == null) {
      return null;
    }
    String m = mime.toLowerCase(Locale.ROOT);
    if (m.startsWith("image/")) {
      return "image";
    }
    if (m.startsWith("font/") || m.contains("font-woff")) {
      return "font";
    }
    if (m.contains("javascript")) {
      return "script";
    }
    return m.startsWith("text/css") ? "stylesheet" : null;
  }

  /** The absolute URL a 3xx answer sends the browser to, or null. */
  private static String location(HarNode response, List<HttpHeader> headers, String url) throws HarException {
    String target = response.optionalString("redirectURL");
    if (target == null || target.isEmpty()) {
      target = value(headers, "location");
    }
    if (target == null || target.isEmpty()) {
      return null;
    }
    HttpUrl base = HttpUrl.parse(url);
    HttpUrl resolved = base == null ? HttpUrl.parse(target) : base.resolve(target);
    return resolved == null ? target : resolved.toString();
  }

  private static String value(List<HttpHeader> headers, String name) {
    return headers.stream().filter(h -> h.name().equalsIgnoreCase(name)).map(HttpHeader::value).findFirst()
        .orElse(null);
  }

  private static HttpTimings timings(HarNode entry) throws HarException {
    Double total = entry.optionalNumber("time");
    if (!entry.has("timings")) {
      return new HttpTimings(null, null, null, null, applicable(total));
    }
    HarNode t = entry.object("timings");
    Double dns = applicable(t.optionalNumber("dns"));
    Double connect = applicable(t.optionalNumber("connect"));
    Double ssl = applicable(t.optionalNumber("ssl"));
    // HAR 1.2: "ssl ... time is also included in the connect field (to ensure backward compatibility)".
    Double tcp = connect != null && ssl != null ? Double.valueOf(Math.max(0, connect - ssl)) : connect;
    return new HttpTimings(dns, tcp, ssl, applicable(t.optionalNumber("wait")), applicable(total));
  }

  private static Double applicable(Double v) {
    return v == null || v < 0 ? null : v;
  }

  private static Integer sizeOrNull(long v) {
    return v < 0 || v > Integer.MAX_VALUE ? null : (int) v;
  }

  /**
   * The size of the Cookie header the browser sent: the header itself, else the request's cookie
   * list (sanitised exports drop both: then null, unknown).
   */
  private static Integer cookieBytes(HarNode request, List<HttpHeader> headers) throws HarException {
    String header = value(headers, "cookie");
    if (header != null) {
      return header.getBytes(StandardCharsets.UTF_8).length;
    }
    List<HarNode> cookies = request.optionalArray("cookies");
    if (cookies.isEmpty()) {
      return headers.isEmpty() ? null : 0;
    }
    int bytes = 0;
    for (HarNode c : cookies) {
      bytes += (c.string("name") + "=" + c.string("value")).getBytes(StandardCharsets.UTF_8).length + 2;
    }
    return bytes - 2; // "; " separates cookies, none after the last
  }

  /**
   * The peer's address as the HAR gives it: an IP address only. The port is not in the HAR, and
   * through a proxy the address is the proxy's, so none is invented from the URL.
   */
  private static String remoteAddress(String ip) {
    if (ip == null || ip.isEmpty()) {
      return null;
    }
    return ip.startsWith("[") && ip.endsWith("]") ? ip.substring(1, ip.length() - 1) : ip;
  }

  private static String protocol(String httpVersion) {
    if (httpVersion == null || httpVersion.isEmpty()) {
      return null;
    }
    String v = httpVersion.toLowerCase(Locale.ROOT);
    return switch (v) {
      case "http/2.0", "http/2", "h2" -> "h2";
      case "http/3.0", "http/3", "h3" -> "h3";
      default -> v;
    };
  }

  private record Body(String excerpt, Long bytes, boolean truncated) {}

  private static Body body(HarNode response) throws HarException {
    if (!response.has("content")) {
      return new Body(null, null, false);
    }
    HarNode content = response.object("content");
    Long size = content.has("size") ? content.integer("size") : null;
    String text = content.optionalString("text");
    if (text == null || text.isEmpty()) {
      return new Body(null, size != null && size >= 0 ? size : null, false);
    }
    byte[] bytes;
    if ("base64".equalsIgnoreCase(content.optionalString("encoding"))) {
      try {
        bytes = Base64.getMimeDecoder().decode(text);
      } catch (IllegalArgumentException e) {
        throw content.error("text is marked base64 but is not: " + e.getMessage());
      }
    } else {
      bytes = text.getBytes(StandardCharsets.UTF_8);
    }
    int cut = Math.min(bytes.length, HttpExchange.MAX_BODY_EXCERPT_BYTES);
    String excerpt = new String(bytes, 0, cut, StandardCharsets.UTF_8);
    long total = size != null && size >= 0 ? size : bytes.length;
    return new Body(excerpt, total, bytes.length > cut);
  }
}
