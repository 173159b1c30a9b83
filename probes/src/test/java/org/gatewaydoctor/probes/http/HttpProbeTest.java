package org.gatewaydoctor.probes.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.gatewaydoctor.facts.ProbeStatus;
import org.gatewaydoctor.facts.http.ExchangeSource;
import org.gatewaydoctor.facts.http.HttpExchange;
import org.gatewaydoctor.facts.http.HttpFailure;
import org.gatewaydoctor.probes.ProbeResult;
import org.gatewaydoctor.probes.net.HttpFetcher;
import org.gatewaydoctor.probes.net.FetchRequest;
import org.gatewaydoctor.probes.net.NetworkAccess;
import org.gatewaydoctor.probes.rig.Dnsmasq;
import org.gatewaydoctor.probes.rig.FakeServers;
import org.gatewaydoctor.probes.rig.Probes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The HTTP probe against MockWebServer and misbehaving fakes on loopback. */
@Timeout(60)
class HttpProbeTest {

  private final MockWebServer server = new MockWebServer();
  private final FakeServers fakes = new FakeServers();
  private String base;

  @BeforeEach
  void start() throws Exception {
    server.start(java.net.InetAddress.getLoopbackAddress(), 0);
    base = "http://127.0.0.1:" + server.getPort();
  }

  @AfterEach
  void stop() {
    server.close();
    fakes.close();
  }

  private ProbeResult probe(NetworkAccess net, String url, int samples, Duration budget) throws Exception {
    HttpProbe p = new HttpProbe(new HttpFetcher(net), Clock.systemUTC(), samples, Duration.ofMillis(50), budget,
        Duration.ofSeconds(2));
    return p.run(Probes.context(url, budget));
  }

  @Test
  void recordsStatusPhasesHeadersAndRedirectChain() throws Exception {
    server.enqueue(new MockResponse.Builder().code(302).addHeader("Location", "/final").build());
    server.enqueue(new MockResponse.Builder().code(502).addHeader("Server", "nginx/1.22.1")
        .addHeader("Set-Cookie", "sid=abc123; Path=/").body("<html>502 Bad Gateway</html>").build());
    ProbeResult r = probe(Probes.net(), base + "/start", 1, Duration.ofSeconds(5));
    assertThat(r.status()).isEqualTo(ProbeStatus.OK);
    HttpExchange e = r.observations().http().get(0);
    assertThat(e.source()).isEqualTo(ExchangeSource.PROBE);
    assertThat(e.status()).isEqualTo(502);
    assertThat(e.protocol()).isEqualTo("http/1.1");
    assertThat(e.remoteAddress()).isEqualTo("127.0.0.1:" + server.getPort());
    assertThat(e.redirects()).containsExactly(base + "/final");
    assertThat(e.header("Server")).contains("nginx/1.22.1");
    assertThat(e.header("Set-Cookie")).contains("sid=[redacted]; Path=/");
    assertThat(e.bodyExcerpt()).isEqualTo("<html>502 Bad Gateway</html>");
    assertThat(e.timings().connectMs()).isNotNull();
    assertThat(e.timings().ttfbMs()).isNotNull();
    assertThat(e.timings().totalMs()).isNotNull();
    assertThat(e.requestHeaderBytes()).isPositive();
    assertThat(e.requestCookieBytes()).isZero();
  }

  @Test
  void sendsNoCookiesNoCredentialsAndOnlyGet() throws Exception {
    server.enqueue(new MockResponse.Builder().code(200).addHeader("Set-Cookie", "sid=abc; Path=/").build());
    server.enqueue(new MockResponse.Builder().code(200).build());
    probe(Probes.net(), "http://user:secret@127.0.0.1:" + server.getPort() + "/", 2, Duration.ofSeconds(5));
    for (int i = 0; i < 2; i++) {
      RecordedRequest req = server.takeRequest();
      assertThat(req.getMethod()).isEqualTo("GET");
      assertThat(req.getHeaders().get("Cookie")).isNull();
      assertThat(req.getHeaders().get("Authorization")).isNull();
      assertThat(req.getHeaders().get("User-Agent")).startsWith("gateway-doctor/");
    }
  }

  @Test
  void takesSpacedSamples() throws Exception {
    for (int i = 0; i < 3; i++) {
      server.enqueue(new MockResponse.Builder().code(i == 1 ? 502 : 200).build());
    }
    ProbeResult r = probe(Probes.net(), base + "/", 3, Duration.ofSeconds(5));
    assertThat(r.observations().http()).extracting(HttpExchange::sample).containsExactly(1, 2, 3);
    assertThat(r.observations().http()).extracting(HttpExchange::status).containsExactly(200, 502, 200);
  }

  @Test
  void honoursRetryAfterInsteadOfHammering() throws Exception {
    server.enqueue(new MockResponse.Builder().code(429).addHeader("Retry-After", "120").build());
    server.enqueue(new MockResponse.Builder().code(200).build());
    ProbeResult r = probe(Probes.net(), base + "/", 3, Duration.ofSeconds(5));
    assertThat(r.observations().http()).hasSize(1);
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(r.observations().http().get(0).header("Retry-After")).contains("120");
    assertThat(r.reason()).contains("Retry-After: 120");
  }

  @Test
  void waitsAsAShortRetryAfterAsks() throws Exception {
    server.enqueue(new MockResponse.Builder().code(503).addHeader("Retry-After", "1").build());
    server.enqueue(new MockResponse.Builder().code(200).build());
    ProbeResult r = probe(Probes.net(), base + "/", 2, Duration.ofSeconds(5));
    assertThat(r.observations().http()).extracting(HttpExchange::status).containsExactly(503, 200);
    Duration gap = Duration.between(java.time.Instant.parse(r.observations().http().get(0).startedAt()),
        java.time.Instant.parse(r.observations().http().get(1).startedAt()));
    assertThat(gap).isGreaterThanOrEqualTo(Duration.ofMillis(990));
  }

  @Test
  void keepsOnlyABoundedExcerptOfAnEndlessBody() throws Exception {
    int port = fakes.endlessBody();
    ProbeResult r = probe(Probes.net(), "http://127.0.0.1:" + port + "/", 1, Duration.ofSeconds(5));
    HttpExchange e = r.observations().http().get(0);
    assertThat(e.status()).isEqualTo(200);
    assertThat(e.bodyBytes()).isEqualTo((long) HttpExchange.MAX_BODY_EXCERPT_BYTES);
    assertThat(e.bodyTruncated()).isTrue();
  }

  @Test
  void namesFailuresRefusedTimeoutResetAndLoop() throws Exception {
    int dead = org.gatewaydoctor.probes.rig.Daemon.freePort();
    assertThat(only(probe(Probes.net(), "http://127.0.0.1:" + dead + "/", 1, Duration.ofSeconds(3))).failure())
        .isEqualTo(HttpFailure.REFUSED);
    assertThat(only(probe(Probes.net(), "http://127.0.0.1:" + fakes.silent() + "/", 1, Duration.ofSeconds(5))).failure())
        .isEqualTo(HttpFailure.READ_TIMEOUT);
    assertThat(only(probe(Probes.net(), "http://127.0.0.1:" + fakes.closesWithoutReply() + "/", 1,
        Duration.ofSeconds(3))).failure()).isEqualTo(HttpFailure.RESET);
    HttpExchange loop = only(probe(Probes.net(), "http://127.0.0.1:" + fakes.redirectLoop() + "/a", 1,
        Duration.ofSeconds(3)));
    assertThat(loop.status()).isEqualTo(302);
    assertThat(loop.failure()).isEqualTo(HttpFailure.REDIRECT_LOOP);
    assertThat(loop.detail()).startsWith("redirect loop:");
  }

  @Test
  void followsAsManyRedirectsAsABrowserRecordingEveryHopThenGivesUp() throws Exception {
    for (int i = 1; i <= 25; i++) {
      server.enqueue(new MockResponse.Builder().code(302).addHeader("Location", "/hop" + i).build());
    }
    HttpExchange e = only(probe(Probes.net(), base + "/hop0", 1, Duration.ofSeconds(10)));
    assertThat(e.redirects()).hasSize(FetchRequest.DEFAULT_MAX_REDIRECTS).startsWith(base + "/hop1")
        .endsWith(base + "/hop20");
    assertThat(e.failure()).isEqualTo(HttpFailure.REDIRECT_LOOP);
    assertThat(e.detail()).startsWith("too many redirects: stopped after 20");
    assertThat(server.getRequestCount()).isEqualTo(21);
  }

  @Test
  void aChainWithinTheBrowsersLimitIsJudgedByItsFinalAnswer() throws Exception {
    for (int i = 1; i <= 19; i++) {
      server.enqueue(new MockResponse.Builder().code(i % 2 == 0 ? 301 : 307).addHeader("Location", "/hop" + i).build());
    }
    server.enqueue(new MockResponse.Builder().code(502).body("bad gateway").build());
    HttpExchange e = only(probe(Probes.net(), base + "/hop0", 1, Duration.ofSeconds(10)));
    assertThat(e.redirects()).hasSize(19);
    assertThat(e.status()).isEqualTo(502);
    assertThat(e.failure()).isNull();
  }

  @Test
  void aRedirectToAnAddressThePolicyForbidsIsNotFollowed() throws Exception {
    server.enqueue(new MockResponse.Builder().code(302).addHeader("Location", "http://192.0.2.1/elsewhere").build());
    HttpExchange e = only(probe(Probes.net(), base + "/start", 1, Duration.ofSeconds(5)));
    assertThat(e.failure()).isEqualTo(HttpFailure.POLICY);
    assertThat(e.redirects()).containsExactly("http://192.0.2.1/elsewhere");
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void aProbeCutByTheDeadlineSaysSo() throws Exception {
    ProbeResult r = probe(Probes.net(), "http://127.0.0.1:" + fakes.acceptsAndNeverAnswers() + "/", 3,
        Duration.ofMillis(800));
    assertThat(r.status()).isEqualTo(ProbeStatus.TIMEOUT);
    assertThat(only(r).failure()).isEqualTo(HttpFailure.DEADLINE);
  }

  @Test
  void resolvesNamesThroughOurResolverNeverTheJvms(@TempDir Path dir) throws Exception {
    try (Dnsmasq dns = Dnsmasq.start(dir, "host-record=svc.test,127.0.0.1\nlocal=/test/\n")) {
      server.enqueue(new MockResponse.Builder().code(204).build());
      HttpExchange ok = only(probe(Probes.net(List.of(dns.address()), Map.of()),
          "http://svc.test:" + server.getPort() + "/", 1, Duration.ofSeconds(5)));
      assertThat(ok.status()).isEqualTo(204);
      assertThat(ok.timings().dnsMs()).isNotNull();
      HttpExchange nx = only(probe(Probes.net(List.of(dns.address()), Map.of()),
          "http://gone.test:" + server.getPort() + "/", 1, Duration.ofSeconds(5)));
      assertThat(nx.failure()).isEqualTo(HttpFailure.DNS);
      assertThat(nx.detail()).contains("NXDOMAIN");
    }
  }

  @Test
  void aNameIsNotResolvedWhenThePolicyForbidsTheOsResolver() throws Exception {
    NetworkAccess os = new NetworkAccess(org.gatewaydoctor.probes.egress.EgressPolicy.loopbackOnly(),
        org.gatewaydoctor.probes.net.SystemResolvers.fromOs(), org.gatewaydoctor.probes.net.ProxyRules.fromEnvironment(Map.of()),
        Clock.systemUTC(), "t", Duration.ofSeconds(1));
    ProbeResult r = probe(os, "http://example.com/", 1, Duration.ofSeconds(3));
    assertThat(r.status()).isEqualTo(ProbeStatus.SKIPPED);
    assertThat(only(r).failure()).isEqualTo(HttpFailure.POLICY);
    assertThat(only(r).detail()).contains("does not allow the system resolver");
  }

  private static HttpExchange only(ProbeResult r) {
    assertThat(r.observations().http()).hasSize(1);
    return r.observations().http().get(0);
  }
}
