package org.gatewaydoctor.probes;

import org.gatewaydoctor.facts.Echo;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.gatewaydoctor.facts.Immutable;
import org.gatewaydoctor.facts.Target;
import org.gatewaydoctor.facts.service.StatusPageFormat;
import org.gatewaydoctor.probes.net.ResolverEndpoint;

/**
 * Everything the standard probes need, so that a front end (or the CLI's lab) can point every probe
 * anywhere purely by settings. Immutable; build one with {@link #defaults} and {@link #toBuilder()}.
 *
 * @param targetUrl the http(s) URL the user could not use, parsed
 * @param service the service profile id ({@code chatgpt}, ..., or {@code generic})
 * @param statusPageUrl the official status page's machine-readable URL, or null for none
 * @param statusPageFormat its format; null exactly when {@code statusPageUrl} is null
 * @param cookieDomains cookie domains the browser probe looks at (carried, not used here)
 * @param systemResolvers the system resolvers as {@code ip:port}, overriding the OS configuration;
 *     null means "as the OS is configured" (dnsjava's {@code ResolverConfig})
 * @param independentResolvers resolvers asked for comparison, id to {@code ip:port}, in order
 * @param references reference endpoints for the connectivity check (two or more recommended)
 * @param throughputUrl what the bounded throughput sample downloads, or null for none
 * @param httpSamples how many requests the HTTP probe sends to the target (1..10; default 3)
 * @param httpSpacing the pause between HTTP samples
 * @param timeouts per-probe timeouts by probe id ({@code dns}, {@code http}, {@code status-page},
 *     {@code connectivity}, {@code network}, {@code browser}), plus {@code dns-query} (one DNS
 *     question) and {@code request} (one HTTP request); missing keys take {@link #DEFAULT_TIMEOUTS}
 * @param deadline the whole run's deadline (default 8 s)
 * @param proxyEnv the environment the proxy configuration is read from (HTTP_PROXY and friends)
 * @param pacUrl a PAC URL the user gave (recorded, never fetched or executed), or null
 * @param ports the target's TCP ports to check for filtering (default 443 and 80)
 * @param userAgent the User-Agent the probes send
 */
public record ProbeSettings(
    TargetUrl targetUrl,
    String service,
    String statusPageUrl,
    StatusPageFormat statusPageFormat,
    List<String> cookieDomains,
    List<String> systemResolvers,
    Map<String, String> independentResolvers,
    List<ReferenceEndpoint> references,
    String throughputUrl,
    int httpSamples,
    Duration httpSpacing,
    Map<String, Duration> timeouts,
    Duration deadline,
    Map<String, String> proxyEnv,
    String pacUrl,
    List<Integer> ports,
    String userAgent) {

  /** Default per-probe and per-step timeouts. */
  public static final Map<String, Duration> DEFAULT_TIMEOUTS = Map.of(
      "dns", Duration.ofSeconds(4),
      "http", Duration.ofSeconds(7),
      "status-page", Duration.ofSeconds(5),
      "connectivity", Duration.ofSeconds(5),
      "network", Duration.ofSeconds(5),
      "browser", Duration.ofSeconds(5),
      "dns-query", Duration.ofSeconds(2),
      // ChromiumOS's HTTPS latency routine gives each request 5 s.
      "request", Duration.ofSeconds(5));

  /** Public resolvers asked by default for comparison (Cloudflare, Google, Quad9). */
  public static final Map<String, String> DEFAULT_INDEPENDENT_RESOLVERS = orderedOf(
      "cloudflare", "1.1.1.1:53", "google", "8.8.8.8:53", "quad9", "9.9.9.9:53");

  /** A bounded download from Cloudflare's speed-test endpoint (5 MB asked; the sample stops at 5 MB or 2 s). */
  public static final String DEFAULT_THROUGHPUT_URL = "https://speed.cloudflare.com/__down?bytes=5000000";

  /** The User-Agent sent by default: {@value}. */
  public static final String DEFAULT_USER_AGENT = "gateway-doctor/0.1 (network diagnostics)";

  public ProbeSettings {
    Objects.requireNonNull(targetUrl, "targetUrl");
    Objects.requireNonNull(service, "service");
    if ((statusPageUrl == null) != (statusPageFormat == null)) {
      throw new IllegalArgumentException("a status page needs both a URL and a format, got " + statusPageUrl
          + " / " + statusPageFormat);
    }
    cookieDomains = Immutable.list(cookieDomains);
    if (systemResolvers != null) {
      systemResolvers = List.copyOf(systemResolvers);
      systemResolvers.forEach(ResolverEndpoint::parseAddress);
    }
    independentResolvers = Immutable.orderedMap(independentResolvers);
    independentResolvers.values().forEach(ResolverEndpoint::parseAddress);
    references = Immutable.list(references);
    if (httpSamples < 1 || httpSamples > 10) {
      throw new IllegalArgumentException("httpSamples must be 1..10, got " + httpSamples);
    }
    positive("httpSpacing", httpSpacing, true);
    Map<String, Duration> t = new LinkedHashMap<>(DEFAULT_TIMEOUTS);
    if (timeouts != null) {
      timeouts.forEach((k, v) -> positive("timeout " + k, v, false));
      t.putAll(timeouts);
    }
    timeouts = Immutable.orderedMap(t);
    positive("deadline", deadline, false);
    proxyEnv = Immutable.orderedMap(proxyEnv);
    ports = Immutable.list(ports);
    for (int p : ports) {
      if (p < 1 || p > 65535) {
        throw new IllegalArgumentException("ports must be 1..65535, got " + p);
      }
    }
    Objects.requireNonNull(userAgent, "userAgent");
  }

  /**
   * The real-world defaults for {@code url} (parsed here; see {@link TargetUrl#parse}): the OS's resolvers, Cloudflare/Google/Quad9 for
   * comparison, Google's {@code generate_204} and Microsoft's NCSI as references, Cloudflare's
   * speed-test endpoint for throughput, 3 HTTP samples 500 ms apart, an 8 s deadline, the process's
   * environment for proxies, ports 443 and 80, no status page (the service profile names it).
   */
  public static ProbeSettings defaults(String url, String service) {
    return defaults(TargetUrl.parse(url), service);
  }

  /** As {@link #defaults(String, String)}, for a URL already parsed. */
  public static ProbeSettings defaults(TargetUrl url, String service) {
    return new ProbeSettings(url, service, null, null, List.of(), null, DEFAULT_INDEPENDENT_RESOLVERS,
        List.of(ReferenceEndpoint.google(), ReferenceEndpoint.microsoft()), DEFAULT_THROUGHPUT_URL, 3,
        Duration.ofMillis(500), Map.of(), Duration.ofSeconds(8), System.getenv(), null, List.of(443, 80),
        DEFAULT_USER_AGENT);
  }

  /** The target as the fact model records it. */
  public Target target() {
    return targetUrl.target(service);
  }

  /** The timeout for probe or step {@code key} (see {@link #timeouts}). */
  public Duration timeout(String key) {
    Duration d = timeouts.get(key);
    if (d == null) {
      throw new IllegalArgumentException("no timeout for " + Echo.of(key) + "; known: " + timeouts.keySet());
    }
    return d;
  }

  /** The system resolver override parsed, or null for the OS configuration. */
  public List<InetSocketAddress> systemResolverAddresses() {
    return systemResolvers == null ? null : systemResolvers.stream().map(ResolverEndpoint::parseAddress).toList();
  }

  /** A builder holding these settings. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  private static void positive(String what, Duration d, boolean zeroOk) {
    if (d == null || d.isNegative() || (!zeroOk && d.isZero())) {
      throw new IllegalArgumentException(what + " must be " + (zeroOk ? "zero or positive" : "positive") + ", got " + d);
    }
  }

  private static Map<String, String> orderedOf(String... kv) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put(kv[i], kv[i + 1]);
    }
    return java.util.Collections.unmodifiableMap(m);
  }

  /** Changes some settings and keeps the rest; {@link #build()} validates. */
  public static final class Builder {
    private TargetUrl targetUrl;
    private String service;
    private String statusPageUrl;
    private StatusPageFormat statusPageFormat;
    private List<String> cookieDomains;
    private List<String> systemResolvers;
    private Map<String, String> independentResolvers;
    private List<ReferenceEndpoint> references;
    private String throughputUrl;
    private int httpSamples;
    private Duration httpSpacing;
    private Map<String, Duration> timeouts;
    private Duration deadline;
    private Map<String, String> proxyEnv;
    private String pacUrl;
    private List<Integer> ports;
    private String userAgent;

    private Builder(ProbeSettings s) {
      targetUrl = s.targetUrl;
      service = s.service;
      statusPageUrl = s.statusPageUrl;
      statusPageFormat = s.statusPageFormat;
      cookieDomains = s.cookieDomains;
      systemResolvers = s.systemResolvers;
      independentResolvers = s.independentResolvers;
      references = s.references;
      throughputUrl = s.throughputUrl;
      httpSamples = s.httpSamples;
      httpSpacing = s.httpSpacing;
      timeouts = new LinkedHashMap<>(s.timeouts);
      deadline = s.deadline;
      proxyEnv = s.proxyEnv;
      pacUrl = s.pacUrl;
      ports = s.ports;
      userAgent = s.userAgent;
    }

    public Builder targetUrl(TargetUrl v) { targetUrl = v; return this; }
    public Builder service(String v) { service = v; return this; }
    /** The status page to read; both null for none. */
    public Builder statusPage(String url, StatusPageFormat format) { statusPageUrl = url; statusPageFormat = format; return this; }
    public Builder cookieDomains(List<String> v) { cookieDomains = v; return this; }
    /** {@code ip:port} list overriding the OS resolvers; null for the OS configuration. */
    public Builder systemResolvers(List<String> v) { systemResolvers = v; return this; }
    public Builder independentResolvers(Map<String, String> v) { independentResolvers = v; return this; }
    public Builder references(List<ReferenceEndpoint> v) { references = v; return this; }
    /** What the throughput sample downloads; null for no sample. */
    public Builder throughputUrl(String v) { throughputUrl = v; return this; }
    public Builder httpSamples(int v) { httpSamples = v; return this; }
    public Builder httpSpacing(Duration v) { httpSpacing = v; return this; }
    /** Sets one timeout (a probe id, {@code dns-query} or {@code request}). */
    public Builder timeout(String key, Duration v) { timeouts.put(key, v); return this; }
    public Builder deadline(Duration v) { deadline = v; return this; }
    public Builder proxyEnv(Map<String, String> v) { proxyEnv = v; return this; }
    public Builder pacUrl(String v) { pacUrl = v; return this; }
    public Builder ports(List<Integer> v) { ports = v; return this; }
    public Builder userAgent(String v) { userAgent = v; return this; }

    /** The settings, validated. @throws IllegalArgumentException naming the bad value */
    public ProbeSettings build() {
      return new ProbeSettings(targetUrl, service, statusPageUrl, statusPageFormat, cookieDomains, systemResolvers,
          independentResolvers, references, throughputUrl, httpSamples, httpSpacing, timeouts, deadline, proxyEnv,
          pacUrl, ports, userAgent);
    }
  }
}
