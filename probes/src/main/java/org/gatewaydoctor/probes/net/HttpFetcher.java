package org.gatewaydoctor.probes.net;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;
import okhttp3.ConnectionPool;
import okhttp3.CookieJar;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;
import org.gatewaydoctor.facts.connectivity.ThroughputSample;
import org.gatewaydoctor.facts.http.ExchangeSource;
import org.gatewaydoctor.facts.http.HttpExchange;
import org.gatewaydoctor.facts.http.HttpFailure;
import org.gatewaydoctor.facts.http.HttpHeader;
import org.gatewaydoctor.facts.bundle.Redactor;
import org.gatewaydoctor.probes.egress.EgressPolicy;
import org.gatewaydoctor.probes.egress.GuardedSocketFactory;
import org.gatewaydoctor.probes.egress.IpLiteral;

/**
 * Sends one bounded GET or HEAD with OkHttp and records it as an {@link HttpExchange}: phases,
 * status, protocol, peer, headers, redirect chain and at most a bounded body. Redirects are
 * followed here, hop by hop, so that the egress policy is checked on every one and loops are
 * recorded. No cookie jar, no authenticator, no credentials; names resolve through
 * {@link PolicyDns}, never the JVM. Never throws for what the network does. Thread-safe.
 */
public final class HttpFetcher {

  private final NetworkAccess net;
  private final OkHttpClient base;
  private final Redactor redactor = new Redactor();

  public HttpFetcher(NetworkAccess net) {
    this.net = net;
    this.base = new OkHttpClient.Builder()
        .followRedirects(false)
        .followSslRedirects(false)
        // Each sample must show what the network does now: no silent retry, no reused connection.
        .retryOnConnectionFailure(false)
        .connectionPool(new ConnectionPool(0, 1, TimeUnit.SECONDS))
        .cookieJar(CookieJar.NO_COOKIES)
        .proxy(Proxy.NO_PROXY)
        .build();
  }

  /** Fetches within {@code request.timeout()} and by {@code deadline}, whichever comes first. */
  public Fetched fetch(FetchRequest request, Instant deadline) {
    Clock clock = net.clock();
    Instant start = clock.instant();
    Instant own = start.plus(request.timeout());
    boolean cut = deadline.isBefore(own);
    Instant end = cut ? deadline : own;
    List<String> redirects = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    String current = request.url();
    seen.add(current);
    for (int hop = 0; ; hop++) {
      Hop h = new Hop(request, start, redirects);
      HttpUrl url = HttpUrl.parse(current);
      if (url == null) {
        return h.failed(HttpFailure.OTHER, "not an http or https URL: " + current, null, clock.instant());
      }
      Duration left = Duration.between(clock.instant(), end);
      if (left.isNegative() || left.isZero()) {
        return h.failed(cut ? HttpFailure.DEADLINE : HttpFailure.READ_TIMEOUT,
            "no time left for " + current + " within " + DnsLookup.seconds(Duration.between(start, end)), null,
            clock.instant());
      }
      Optional<ProxyRules.Entry> proxy = request.useProxy()
          ? net.proxies().forUrl(url).filter(ProxyRules.Entry::usable) : Optional.empty();
      String denied = deniedDestination(url, proxy.isPresent());
      if (denied != null) {
        return h.failed(HttpFailure.POLICY, denied, proxy.map(ProxyRules.Entry::hostPort).orElse(null),
            clock.instant());
      }
      PhaseTimer timer = new PhaseTimer(clock);
      Call call = client(timer, proxy, end, left, request.family()).newCall(new Request.Builder()
          .url(url)
          .method(request.method(), null)
          .header("User-Agent", net.userAgent())
          .header("Accept", "*/*")
          .build());
      Response response;
      try {
        response = call.execute();
      } catch (IOException e) {
        return h.failed(Failures.classify(e, timer, cut), Failures.describe(e, timer, current),
            proxy.map(ProxyRules.Entry::hostPort).orElse(null), timer, clock.instant());
      }
      try (response) {
        String location = response.header("Location");
        HttpUrl next = response.isRedirect() && location != null ? url.resolve(location) : null;
        String note = null;
        HttpFailure endless = null;
        if (next != null && hop < request.maxRedirects()) {
          if (seen.add(next.toString())) {
            redirects.add(next.toString());
            current = next.toString();
            continue;
          }
          endless = HttpFailure.REDIRECT_LOOP;
          note = "redirect loop: " + next + " was already visited; stopped after " + redirects.size() + " redirects";
        } else if (next != null && request.maxRedirects() > 0) {
          // A browser gives up here too (ERR_TOO_MANY_REDIRECTS): the chain has no answer to judge.
          endless = HttpFailure.REDIRECT_LOOP;
          note = "too many redirects: stopped after " + redirects.size() + " (the most a browser follows)";
        }
        return h.answered(response, timer, proxy.map(ProxyRules.Entry::hostPort).orElse(null), note, endless);
      }
    }
  }

  /**
   * Downloads from {@code url} (through the proxy in effect, following no redirect) and throws the
   * bytes away, stopping at {@code maxBytes}, after {@code maxTime}, or at {@code deadline}: a
   * bounded stand-in for a speed test.
   */
  public ThroughputSample sample(String url, long maxBytes, Duration maxTime, Instant deadline) {
    Clock clock = net.clock();
    Instant start = clock.instant();
    Instant own = start.plus(maxTime);
    Instant end = deadline.isBefore(own) ? deadline : own;
    HttpUrl u = HttpUrl.parse(url);
    if (u == null) {
      return new ThroughputSample(url, 0, 0, null, false, "not an http or https URL");
    }
    Optional<ProxyRules.Entry> proxy = net.proxies().forUrl(u).filter(ProxyRules.Entry::usable);
    String denied = deniedDestination(u, proxy.isPresent());
    if (denied != null) {
      return new ThroughputSample(url, 0, 0, null, false, "skipped: " + denied);
    }
    Duration left = Duration.between(start, end);
    if (left.isNegative() || left.isZero()) {
      return new ThroughputSample(url, 0, 0, null, false, "no time left before the deadline");
    }
    PhaseTimer timer = new PhaseTimer(clock);
    long bytes = 0;
    String detail = null;
    boolean completed;
    Call call = client(timer, proxy, end, left, AddressFamily.ANY).newCall(new Request.Builder().url(u)
        .header("User-Agent", net.userAgent()).build());
    try (Response r = call.execute()) {
      if (!r.isSuccessful()) {
        detail = "HTTP " + r.code();
        completed = false;
      } else {
        BufferedSource src = r.body().source();
        Buffer sink = new Buffer();
        long n;
        while (bytes < maxBytes && (n = src.read(sink, Math.min(64 * 1024, maxBytes - bytes))) != -1) {
          bytes += n;
          sink.clear();
        }
        completed = true;
      }
    } catch (IOException e) {
      // Reaching the time bound is the normal end of a sample of an endless or slow download.
      boolean timeBound = Failures.classify(e, timer, false) == HttpFailure.READ_TIMEOUT && timer.gotHeaders();
      completed = timeBound;
      detail = timeBound ? null : Failures.oneLine(e);
    }
    double ms = Duration.between(start, clock.instant()).toNanos() / 1e6;
    Double bps = bytes == 0 || ms <= 0 ? null : bytes * 8 / (ms / 1000);
    return new ThroughputSample(url, bytes, ms, bps, completed, detail);
  }

  /** Why the policy forbids this hop before anything is sent, or null when it may go ahead. */
  private String deniedDestination(HttpUrl url, boolean proxied) {
    EgressPolicy policy = net.policy();
    var literal = IpLiteral.parse(url.host());
    if (literal.isPresent() && !policy.allows(literal.get())) {
      return policy.deniedReason(literal.get());
    }
    // Through a proxy the proxy resolves the name; under the loopback policy only literal
    // loopback targets may be proxied, so that no test can make a proxy reach out.
    if (proxied && literal.isEmpty() && policy.loopbackScope()) {
      return "egress policy (" + policy.describe() + ") does not allow a proxied request to the name " + url.host();
    }
    return null;
  }

  private OkHttpClient client(PhaseTimer timer, Optional<ProxyRules.Entry> proxy, Instant end, Duration left,
      AddressFamily family) {
    EgressPolicy policy = net.policy();
    OkHttpClient.Builder b = base.newBuilder()
        .eventListener(timer)
        .callTimeout(left)
        .connectTimeout(left)
        .readTimeout(left)
        .writeTimeout(left);
    if (proxy.isPresent()) {
      ProxyRules.Entry p = proxy.get();
      b.proxy(new Proxy(Proxy.Type.HTTP, InetSocketAddress.createUnresolved(p.host(), p.port())))
          .dns(net.dns(end, AddressFamily.ANY, policy::allowsUserConfigured))
          .socketFactory(new GuardedSocketFactory(policy::allowsUserConfigured, policy.describe()));
    } else {
      b.dns(net.dns(end, family)).socketFactory(GuardedSocketFactory.of(policy));
    }
    return b.build();
  }

  /** The result of one fetch: the exchange as recorded and the body bytes read (bounded). */
  public record Fetched(HttpExchange exchange, byte[] body) {
    /** The body as text in the response's charset (UTF-8 when unnamed), or "" when none. */
    public String bodyText() {
      if (body == null) {
        return "";
      }
      return new String(body, charsetOf(exchange.header("Content-Type").orElse(null)));
    }
  }

  static Charset charsetOf(String contentType) {
    MediaType type = contentType == null ? null : MediaType.parse(contentType);
    Charset c = type == null ? null : type.charset(null);
    return c == null ? StandardCharsets.UTF_8 : c;
  }

  /** Builds the exchange for one fetch; the last hop's timings are the ones recorded. */
  private final class Hop {
    private final FetchRequest request;
    private final Instant start;
    private final List<String> redirects;

    Hop(FetchRequest request, Instant start, List<String> redirects) {
      this.request = request;
      this.start = start;
      this.redirects = redirects;
    }

    Fetched failed(HttpFailure failure, String detail, String viaProxy, Instant at) {
      return failed(failure, detail, viaProxy, null, at);
    }

    Fetched failed(HttpFailure failure, String detail, String viaProxy, PhaseTimer timer, Instant at) {
      HttpExchange e = new HttpExchange(request.sample(), ExchangeSource.PROBE, request.method(), request.url(), null, null,
          timer == null ? null : timer.remoteAddress(), viaProxy,
          timer == null ? null : timer.timings(at), List.of(), timer == null ? null : timer.requestHeaderBytes(), 0, redirects, null, null,
          false, failure, detail, start.toString(), null);
      return new Fetched(redactor.redact(e), null);
    }

    Fetched answered(Response response, PhaseTimer timer, String viaProxy, String note, HttpFailure failure) {
      List<HttpHeader> headers = new ArrayList<>();
      for (int i = 0; i < response.headers().size(); i++) {
        headers.add(new HttpHeader(response.headers().name(i), response.headers().value(i)));
      }
      Buffer buf = new Buffer();
      String problem = null;
      long limit = request.maxBodyBytes() + 1L;
      ResponseBody body = response.body();
      if (!request.method().equals("HEAD")) {
        try {
          BufferedSource src = body.source();
          while (buf.size() < limit) {
            if (src.read(buf, limit - buf.size()) == -1) {
              break;
            }
          }
        } catch (IOException e) {
          problem = "body stopped after " + buf.size() + " bytes: " + Failures.oneLine(e);
        }
      }
      boolean truncated = buf.size() > request.maxBodyBytes();
      // The one byte beyond the limit was read only to learn that the body went on: drop it.
      byte[] bytes = new byte[(int) Math.min(buf.size(), request.maxBodyBytes())];
      for (int at = 0; at < bytes.length; ) {
        at += buf.read(bytes, at, bytes.length - at);
      }
      Instant done = net.clock().instant();
      String contentType = response.header("Content-Type");
      String excerpt = bytes.length == 0 ? null : new String(bytes, 0,
          Math.min(bytes.length, HttpExchange.MAX_BODY_EXCERPT_BYTES), charsetOf(contentType));
      String detail = note == null ? problem : problem == null ? note : note + "; " + problem;
      HttpExchange e = new HttpExchange(request.sample(), ExchangeSource.PROBE, request.method(), request.url(), response.code(),
          response.protocol().toString(), timer.remoteAddress(), viaProxy, timer.timings(done), headers,
          timer.requestHeaderBytes(), 0, redirects, excerpt, (long) bytes.length, truncated, failure, detail,
          start.toString(), null);
      return new Fetched(redactor.redact(e), bytes);
    }
  }
}
