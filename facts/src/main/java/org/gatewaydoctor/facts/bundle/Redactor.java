package org.gatewaydoctor.facts.bundle;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gatewaydoctor.facts.browser.BrowserProfile;
import org.gatewaydoctor.facts.http.HttpExchange;
import org.gatewaydoctor.facts.http.HttpHeader;
import org.gatewaydoctor.facts.network.ProxySetting;

/**
 * Removes secrets from observations: credential headers, cookie values, tokens in query strings,
 * credentials in URLs and token-like values in body excerpts. Names, sizes and structure stay, so
 * the rules can still reason about them. Stateless and thread-safe.
 *
 * <p>Field notes: HAR sanitizers that clean only requests leak tokens in responses (Set-Cookie,
 * JSON bodies), so responses are redacted as thoroughly as requests.
 */
public final class Redactor {

  /** What replaces a secret value. */
  public static final String REDACTED = "[redacted]";

  private static final Set<String> SECRET_HEADERS = Set.of(
      "authorization", "proxy-authorization", "cookie", "x-api-key", "api-key", "x-auth-token",
      "x-csrf-token", "x-xsrf-token", "x-amz-security-token", "openai-organization", "x-openai-api-key");

  private static final Set<String> SECRET_PARAMS = Set.of(
      "token", "access_token", "refresh_token", "id_token", "code", "key", "api_key", "apikey", "sig", "signature",
      "session", "sessionid", "session_token", "auth", "password", "passwd", "secret", "client_secret", "jwt",
      "x-amz-signature", "x-amz-credential", "x-amz-security-token", "state", "nonce");

  /** JSON or form fields whose values are secrets, in body excerpts. */
  private static final Pattern SECRET_FIELD = Pattern.compile(
      "(\"?(?:access_token|refresh_token|id_token|token|api_key|apikey|password|secret|client_secret|session_token"
          + "|sessionid|session|csrf_token|accessToken|refreshToken|idToken|authorization)\"?\\s*[:=]\\s*\"?)"
          + "([^\"&\\s,}]+)",
      Pattern.CASE_INSENSITIVE);

  /** JSON Web Tokens: three base64url parts, the first a JSON header ({@code eyJ}). */
  private static final Pattern JWT = Pattern.compile("eyJ[A-Za-z0-9_-]{5,}\\.[A-Za-z0-9_-]{5,}\\.[A-Za-z0-9_-]*");

  /** Bearer credentials and API keys of the shapes vendors use ({@code sk-...}). */
  private static final Pattern BEARER = Pattern.compile("(?i)(bearer\\s+)[A-Za-z0-9._~+/=-]{8,}");
  private static final Pattern API_KEY = Pattern.compile("\\bsk-[A-Za-z0-9_-]{16,}");

  private static final Pattern URL_USERINFO = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*://)[^/@\\s]*@");

  /** The exchange with every secret removed from its URL, redirects, headers and body excerpt. */
  public HttpExchange redact(HttpExchange e) {
    return new HttpExchange(e.sample(), e.source(), e.method(), url(e.url()), e.status(), e.protocol(),
        e.remoteAddress(), e.viaProxy() == null ? null : url(e.viaProxy()), e.timings(), headers(e.headers()),
        e.requestHeaderBytes(), e.requestCookieBytes(), e.redirects().stream().map(this::url).toList(),
        text(e.bodyExcerpt()), e.bodyBytes(), e.bodyTruncated(), e.failure(), text(e.detail()), e.startedAt());
  }

  /** Headers with secret values replaced; a Set-Cookie keeps its name and attributes, not its value. */
  public List<HttpHeader> headers(List<HttpHeader> headers) {
    return headers.stream().map(this::header).toList();
  }

  /** One header with a secret value replaced. */
  public HttpHeader header(HttpHeader h) {
    String name = h.name().toLowerCase(Locale.ROOT);
    if (name.equals("set-cookie")) {
      return new HttpHeader(h.name(), setCookie(h.value()));
    }
    if (SECRET_HEADERS.contains(name)) {
      return new HttpHeader(h.name(), h.value().isEmpty() ? "" : REDACTED);
    }
    if (name.equals("location") || name.equals("content-location") || name.equals("referer")) {
      return new HttpHeader(h.name(), url(h.value()));
    }
    return new HttpHeader(h.name(), text(h.value()));
  }

  /** A URL without credentials and with secret query parameters' values replaced. */
  public String url(String url) {
    if (url == null) {
      return null;
    }
    String clean = URL_USERINFO.matcher(url).replaceFirst("$1");
    int q = clean.indexOf('?');
    if (q < 0) {
      return clean;
    }
    int hash = clean.indexOf('#', q);
    String query = hash < 0 ? clean.substring(q + 1) : clean.substring(q + 1, hash);
    String fragment = hash < 0 ? "" : clean.substring(hash);
    StringBuilder out = new StringBuilder(clean.substring(0, q + 1));
    String[] pairs = query.split("&", -1);
    for (int i = 0; i < pairs.length; i++) {
      if (i > 0) {
        out.append('&');
      }
      out.append(param(pairs[i]));
    }
    return out.append(fragment).toString();
  }

  /** Text (a body excerpt, a header value, an error message) with token-like values replaced. */
  public String text(String text) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    String out = JWT.matcher(text).replaceAll(REDACTED);
    out = BEARER.matcher(out).replaceAll("$1" + Matcher.quoteReplacement(REDACTED));
    out = API_KEY.matcher(out).replaceAll(REDACTED);
    return SECRET_FIELD.matcher(out).replaceAll("$1" + Matcher.quoteReplacement(REDACTED));
  }

  /** The bundle with every exchange, proxy setting and browser profile path redacted. */
  public FactBundle redact(FactBundle b) {
    Observations o = b.observations();
    Observations clean = new Observations(o.dns(), o.dnsComparisons(), o.http().stream().map(this::redact).toList(),
        o.statusPages(), o.connectivity(), o.throughput(), o.proxies().stream().map(this::redact).toList(), o.ports(),
        o.tls(), o.browsers().stream().map(this::redact).toList(), o.installedBrowsers());
    return new FactBundle(b.schemaVersion(), b.createdAt(), b.tool(), b.target(), b.environment(), clean, b.probes());
  }

  private ProxySetting redact(ProxySetting p) {
    return new ProxySetting(p.source(), p.scheme(), url(p.value()), p.noProxy(), p.appliesToTarget());
  }

  private BrowserProfile redact(BrowserProfile p) {
    return new BrowserProfile(p.browser(), p.version(), p.profile(), p.path(), p.readState(), p.cacheBytes(),
        p.cacheEntries(), p.cacheState(), p.cookies(), p.extensions(), p.proxyMode(), p.dohMode(), text(p.detail()));
  }

  private String param(String pair) {
    int eq = pair.indexOf('=');
    if (eq < 0) {
      return pair;
    }
    String name = pair.substring(0, eq);
    String value = pair.substring(eq + 1);
    if (SECRET_PARAMS.contains(name.toLowerCase(Locale.ROOT)) && !value.isEmpty()) {
      return name + "=" + REDACTED;
    }
    return name + "=" + text(value);
  }

  private String setCookie(String value) {
    int eq = value.indexOf('=');
    if (eq < 0) {
      return REDACTED;
    }
    int semi = value.indexOf(';', eq);
    String attributes = semi < 0 ? "" : value.substring(semi);
    return value.substring(0, eq).trim() + "=" + REDACTED + attributes;
  }
}
