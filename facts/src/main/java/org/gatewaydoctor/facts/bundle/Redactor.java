package org.gatewaydoctor.facts.bundle;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.gatewaydoctor.facts.ProbeOutcome;
import org.gatewaydoctor.facts.Target;
import org.gatewaydoctor.facts.browser.BrowserProfile;
import org.gatewaydoctor.facts.connectivity.ReferenceCheck;
import org.gatewaydoctor.facts.connectivity.ThroughputSample;
import org.gatewaydoctor.facts.dns.DnsQuery;
import org.gatewaydoctor.facts.http.HttpExchange;
import org.gatewaydoctor.facts.http.HttpHeader;
import org.gatewaydoctor.facts.network.PortCheck;
import org.gatewaydoctor.facts.network.ProxySetting;
import org.gatewaydoctor.facts.network.TlsObservation;
import org.gatewaydoctor.facts.statuspage.StatusPageReport;

/**
 * Removes secrets from observations: credential headers, cookie values, tokens in query strings
 * and fragments, credentials in URLs and token-like values in body excerpts and error details.
 * Names, sizes and structure stay, so the rules can still reason about them. Redacting twice gives
 * the same result as once. Stateless and thread-safe.
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

  /**
   * Header names that announce a credential. {@code WWW-Authenticate} and {@code Proxy-Authenticate}
   * are challenges (RFC 9110 section 11.6), not credentials, the HTTP/2 {@code :authority} is the
   * host, and rate-limit counters ({@code x-ratelimit-remaining-tokens}) are numbers the rules need.
   */
  private static final Pattern SECRET_HEADER_NAME = Pattern.compile(
      "(?i)(?!.*ratelimit).*(token|secret|passw|api-?key|credential|signature|session|jwt|auth(?!enticate|ority)).*");

  /** The exchange with every secret removed from its URL, redirects, headers, body excerpt and detail. */
  public HttpExchange redact(HttpExchange e) {
    return new HttpExchange(e.sample(), e.source(), e.method(), url(e.url()), e.status(), e.protocol(),
        e.remoteAddress(), url(e.viaProxy()), e.timings(), headers(e.headers()), e.requestHeaderBytes(),
        e.requestCookieBytes(), e.redirects().stream().map(this::url).toList(), text(e.bodyExcerpt()), e.bodyBytes(),
        e.bodyTruncated(), e.failure(), text(e.detail()), e.startedAt(), e.resourceType());
  }

  /** Headers with secret values replaced; cookies keep their names and attributes, not their values. */
  public List<HttpHeader> headers(List<HttpHeader> headers) {
    return headers.stream().map(this::header).toList();
  }

  /** One header with a secret value replaced. */
  public HttpHeader header(HttpHeader h) {
    String name = h.name().toLowerCase(Locale.ROOT);
    if (h.value().isEmpty()) {
      return h;
    }
    if (name.equals("set-cookie")) {
      // A HAR may join several Set-Cookie lines into one value with newlines.
      return new HttpHeader(h.name(), Arrays.stream(h.value().split("\n", -1)).map(Redactor::setCookie)
          .collect(Collectors.joining("\n")));
    }
    if (name.equals("cookie")) {
      return new HttpHeader(h.name(), Arrays.stream(h.value().split(";")).map(Redactor::cookiePair)
          .collect(Collectors.joining("; ")));
    }
    if (SECRET_HEADERS.contains(name) || SECRET_HEADER_NAME.matcher(name).matches()) {
      return new HttpHeader(h.name(), REDACTED);
    }
    if (name.equals("location") || name.equals("content-location") || name.equals("referer")) {
      return new HttpHeader(h.name(), url(h.value()));
    }
    return new HttpHeader(h.name(), text(h.value()));
  }

  /** A URL without credentials and with secret query and fragment parameters' values replaced; null stays null. */
  public String url(String url) {
    return SecretText.url(url);
  }

  /** Text (a body excerpt, a header value, an error message) with URLs cleaned and token-like values replaced. */
  public String text(String text) {
    return SecretText.text(text);
  }

  /** The bundle with every URL, header, body excerpt and free-text detail in it redacted. */
  public FactBundle redact(FactBundle b) {
    Observations o = b.observations();
    Observations clean = new Observations(
        o.dns().stream().map(this::redact).toList(),
        o.dnsComparisons(),
        o.http().stream().map(this::redact).toList(),
        o.statusPages().stream().map(this::redact).toList(),
        o.connectivity().stream().map(this::redact).toList(),
        o.throughput().stream().map(this::redact).toList(),
        o.proxies().stream().map(this::redact).toList(),
        o.ports().stream().map(this::redact).toList(),
        o.tls().stream().map(this::redact).toList(),
        o.browsers().stream().map(this::redact).toList(),
        o.installedBrowsers());
    Target t = b.target();
    return new FactBundle(b.schemaVersion(), b.createdAt(), b.tool(), new Target(url(t.url()), t.service(), t.host()),
        b.environment(), clean, b.probes().stream().map(this::redact).toList());
  }

  private ProbeOutcome redact(ProbeOutcome p) {
    return new ProbeOutcome(p.id(), p.status(), text(p.reason()), p.durationMs());
  }

  private DnsQuery redact(DnsQuery q) {
    return new DnsQuery(q.resolver(), q.resolverAddress(), q.resolverKind(), q.name(), q.type(), q.status(), q.rcode(),
        q.addresses(), q.cnames(), q.latencyMs(), q.canary(), q.extendedError(), text(q.detail()));
  }

  private StatusPageReport redact(StatusPageReport s) {
    return new StatusPageReport(s.service(), url(s.url()), s.format(), s.readable(), s.indicator(), s.description(),
        s.components(), s.incidents(), text(s.detail()), s.fetchedAt());
  }

  private ReferenceCheck redact(ReferenceCheck r) {
    return new ReferenceCheck(r.reference(), url(r.url()), r.family(), r.method(), r.address(), r.result(), r.status(),
        r.expected(), url(r.location()), r.latencyMs(), text(r.detail()));
  }

  private ThroughputSample redact(ThroughputSample s) {
    return new ThroughputSample(url(s.url()), s.bytes(), s.durationMs(), s.bitsPerSecond(), s.completed(),
        text(s.detail()));
  }

  private ProxySetting redact(ProxySetting p) {
    return new ProxySetting(p.source(), p.scheme(), url(p.value()), p.noProxy(), p.appliesToTarget());
  }

  private PortCheck redact(PortCheck p) {
    return new PortCheck(p.host(), p.address(), p.port(), p.state(), p.latencyMs(), text(p.detail()));
  }

  private TlsObservation redact(TlsObservation t) {
    return new TlsObservation(t.host(), t.port(), t.address(), t.handshake(), t.protocol(), t.chainSubjects(),
        t.chainIssuers(), t.leafNotAfter(), t.trusted(), t.hostnameMatches(), text(t.detail()));
  }

  private BrowserProfile redact(BrowserProfile p) {
    return new BrowserProfile(p.browser(), p.version(), p.profile(), p.path(), p.readState(), p.cacheBytes(),
        p.cacheEntries(), p.cacheState(), p.cookies(), p.extensions(), p.proxyMode(), p.dohMode(), text(p.detail()));
  }

  /** {@code name=value; Path=/; ...} with the value gone; an empty value (a deletion) stays empty. */
  private static String setCookie(String line) {
    int semi = line.indexOf(';');
    String pair = semi < 0 ? line : line.substring(0, semi);
    return cookiePair(pair) + (semi < 0 ? "" : line.substring(semi));
  }

  /** One {@code name=value} of a cookie header, value replaced (RFC 6265 section 4.2.1). */
  private static String cookiePair(String pair) {
    int eq = pair.indexOf('=');
    if (eq < 0) {
      return pair.isBlank() ? pair.trim() : REDACTED;
    }
    String value = pair.substring(eq + 1).trim();
    return pair.substring(0, eq).trim() + "=" + (value.isEmpty() ? "" : REDACTED);
  }
}
