package org.gatewaydoctor.probes.runner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.gatewaydoctor.facts.Environment;
import org.gatewaydoctor.facts.ProbeOutcome;
import org.gatewaydoctor.facts.bundle.FactBundle;
import org.gatewaydoctor.facts.dns.DnsQueryStatus;
import org.gatewaydoctor.facts.http.HttpExchange;
import org.gatewaydoctor.facts.service.StatusPageFormat;
import org.gatewaydoctor.probes.ProbeSettings;
import org.gatewaydoctor.probes.ReferenceEndpoint;
import org.gatewaydoctor.probes.StandardProbes;
import org.gatewaydoctor.probes.egress.EgressPolicy;
import org.gatewaydoctor.probes.rig.FakeServers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Every standard probe pointed at hostile endpoints at once (target, status page, references,
 * throughput, ports): each run ends within the deadline plus 0.3 s, with outcomes that say what
 * happened. Writes the table for docs/benchmarks.md to target/hostile-endpoints.md.
 */
@Timeout(120)
class HostileEndpointsTest {

  static final Duration DEADLINE = Duration.ofSeconds(2);
  static final Duration BOUND = DEADLINE.plusMillis(300);
  static final FakeServers fakes = new FakeServers();
  static final List<String> rows = new ArrayList<>();

  @AfterAll
  static void writeTable() throws IOException {
    fakes.close();
    Path out = Path.of("target", "hostile-endpoints.md");
    Files.createDirectories(out.getParent());
    Files.writeString(out, "| endpoint | deadline | measured end | outcomes |\n|---|---|---|---|\n"
        + String.join("\n", rows) + "\n");
  }

  private FactBundle run(String name, String url, List<String> resolvers, Map<String, String> independent) {
    String ref = url.startsWith("https") ? url.replace("https", "http") : url;
    ProbeSettings s = ProbeSettings.defaults(url, "generic").toBuilder()
        .statusPage(ref, StatusPageFormat.STATUSPAGE_V2)
        .systemResolvers(resolvers)
        .independentResolvers(independent)
        .references(List.of(new ReferenceEndpoint("hostile", ref, 204, null)))
        .throughputUrl(ref)
        .proxyEnv(Map.of())
        .ports(List.of(okhttp3.HttpUrl.parse(url).port()))
        .deadline(DEADLINE)
        .build();
    Clock clock = Clock.systemUTC();
    // The deadline bounds the run, so the clock starts there: making the probes is start-up (the
    // first test to build TLS clients paid 0.37 s for it, cold, and failed the bound for that alone).
    ProbeRunner runner = new ProbeRunner(StandardProbes.create(s, EgressPolicy.loopbackOnly(), clock), s.deadline(),
        clock, ProbeListener.NONE);
    Instant start = clock.instant();
    FactBundle b = runner.run(s.target(), Environment.UNKNOWN, "gateway-doctor test");
    Duration took = Duration.between(start, clock.instant());
    rows.add(String.format(Locale.ROOT, "| %s | %.1f s | %.2f s | %s |", name, DEADLINE.toMillis() / 1e3,
        took.toMillis() / 1e3, b.probes().stream().map(o -> o.id() + " " + o.status().name().toLowerCase(Locale.ROOT)
            + (o.reason() == null ? "" : " (" + o.reason().replace("|", "/") + ")")).collect(Collectors.joining("; "))));
    assertThat(took).as(name + " ended within the deadline plus 0.3 s").isLessThanOrEqualTo(BOUND);
    assertThat(b.probes()).extracting(ProbeOutcome::id)
        .containsExactly("dns", "http", "status-page", "connectivity", "network");
    return b;
  }

  private static HttpExchange firstHttp(FactBundle b) {
    return b.observations().http().get(0);
  }

  @Test
  void acceptAndNeverAnswer() throws Exception {
    int port = fakes.acceptsAndNeverAnswers();
    FactBundle b = run("accepts, never answers", "http://127.0.0.1:" + port + "/", List.of(), Map.of());
    assertThat(firstHttp(b).failure()).isNotNull();
    assertThat(firstHttp(b).detail()).contains("after connecting, waiting for the response");
    assertThat(b.observations().statusPages().get(0).readable()).isFalse();
  }

  @Test
  void oneBytePerSecond() throws Exception {
    int port = fakes.oneBytePerSecond();
    FactBundle b = run("one byte per second", "http://127.0.0.1:" + port + "/", List.of(), Map.of());
    assertThat(firstHttp(b).answered()).isFalse();
  }

  @Test
  void oneBytePerSecondDuringTlsHandshake() throws Exception {
    int port = fakes.oneBytePerSecond();
    FactBundle b = run("one byte per second (https)", "https://127.0.0.1:" + port + "/", List.of(), Map.of());
    assertThat(b.observations().tls()).hasSize(1);
    assertThat(b.observations().tls().get(0).handshake()).isFalse();
  }

  @Test
  void endlessBody() throws Exception {
    int port = fakes.endlessBody();
    FactBundle b = run("endless body", "http://127.0.0.1:" + port + "/", List.of(), Map.of());
    assertThat(firstHttp(b).status()).isEqualTo(200);
    assertThat(firstHttp(b).bodyTruncated()).isTrue();
    assertThat(b.observations().statusPages().get(0).detail()).contains("larger than");
  }

  @Test
  void redirectLoop() throws Exception {
    int port = fakes.redirectLoop();
    FactBundle b = run("redirect loop", "http://127.0.0.1:" + port + "/a", List.of(), Map.of());
    assertThat(firstHttp(b).detail()).startsWith("redirect loop:");
  }

  @Test
  void dnsServerThatRepliesGarbage() throws Exception {
    int garbage = fakes.dnsGarbage();
    int silent = fakes.dnsBlackhole();
    FactBundle b = run("DNS replies garbage (+ a silent resolver)", "http://svc.test:" + fakes.says503() + "/",
        List.of("127.0.0.1:" + garbage), Map.of("silent", "127.0.0.1:" + silent));
    assertThat(b.observations().dns()).filteredOn(q -> q.resolver().equals("system"))
        .allSatisfy(q -> assertThat(q.status()).isIn(DnsQueryStatus.ERROR, DnsQueryStatus.TIMEOUT));
    assertThat(b.observations().dns()).filteredOn(q -> q.resolver().equals("silent"))
        .allSatisfy(q -> assertThat(q.status()).isEqualTo(DnsQueryStatus.TIMEOUT));
    assertThat(firstHttp(b).answered()).isFalse();
  }
}
