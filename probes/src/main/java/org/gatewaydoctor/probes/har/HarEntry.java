package org.gatewaydoctor.probes.har;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import okhttp3.HttpUrl;
import org.gatewaydoctor.facts.http.HttpExchange;
import org.gatewaydoctor.facts.http.HttpFailure;
import org.gatewaydoctor.facts.http.HttpHeader;
import org.gatewaydoctor.facts.http.HttpTimings;

/** One HAR 1.2 entry as an exchange (before redaction). */
final class HarEntry {

  private HarEntry() {}

  static HttpExchange toExchange(HarNode entry, int sample) throws HarException {
    HarNode request = entry.object("request");
    HarNode response = entry.object("response");
    String method = request.string("method");
    String url = request.string("url");
    String startedAt = instant(entry);
    long status = response.integer("status");
    List<HttpHeader> headers = new ArrayList<>();
    for (HarNode h : response.optionalArray("headers")) {
      headers.add(new HttpHeader(h.string("name"), h.string("value")));
    }
    Integer headerBytes = sizeOrNull(request.has("headersSize") ? request.integer("headersSize") : -1);
    Integer cookieBytes = cookieBytes(request);
    HttpTimings timings = timings(entry);
    String remote = remoteAddress(entry.optionalString("serverIPAddress"), url);
    String redirect = response.optionalString("redirectURL");
    List<String> redirects = redirect == null || redirect.isEmpty() ? List.of() : List.of(redirect);
    if (status == 0) {
      // Status 0: the browser got no response (blocked, aborted, failed); Chrome says why in _error.
      String error = response.optionalString("_error");
      return new HttpExchange(sample, "har", method, url, null, null, remote, null, timings, headers, headerBytes,
          cookieBytes, redirects, null, null, false, failureOf(error),
          error == null ? "no response (status 0 in the HAR)" : error, startedAt);
    }
    if (status < 100 || status > 999) {
      throw response.error("status " + status + " is not an HTTP status");
    }
    Body body = body(response);
    return new HttpExchange(sample, "har", method, url, (int) status, protocol(response.optionalString("httpVersion")),
        remote, null, timings, headers, headerBytes, cookieBytes, redirects, body.excerpt, body.bytes, body.truncated,
        null, null, startedAt);
  }

  private static String instant(HarNode entry) throws HarException {
    String started = entry.string("startedDateTime");
    try {
      return OffsetDateTime.parse(started).toInstant().toString();
    } catch (DateTimeParseException e) {
      throw entry.error("startedDateTime \"" + started + "\" is not an ISO 8601 date-time");
    }
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

  private static Integer cookieBytes(HarNode request) throws HarException {
    for (HarNode h : request.optionalArray("headers")) {
      if (h.string("name").equalsIgnoreCase("cookie")) {
        return h.string("value").getBytes(StandardCharsets.UTF_8).length;
      }
    }
    List<HarNode> cookies = request.optionalArray("cookies");
    if (cookies.isEmpty()) {
      return 0;
    }
    int bytes = 0;
    for (HarNode c : cookies) {
      bytes += (c.string("name") + "=" + c.string("value")).getBytes(StandardCharsets.UTF_8).length + 2;
    }
    return bytes - 2; // "; " separates cookies, none after the last
  }

  private static String remoteAddress(String ip, String url) {
    if (ip == null || ip.isEmpty()) {
      return null;
    }
    String bare = ip.startsWith("[") ? ip.substring(1, ip.length() - 1) : ip;
    HttpUrl u = HttpUrl.parse(url);
    String host = bare.indexOf(':') >= 0 ? "[" + bare + "]" : bare;
    return u == null ? host : host + ":" + u.port();
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

  /** Chrome's net error names for a request that got no response. */
  private static HttpFailure failureOf(String error) {
    if (error == null) {
      return HttpFailure.OTHER;
    }
    String e = error.toUpperCase(Locale.ROOT);
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
    return HttpFailure.OTHER;
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
