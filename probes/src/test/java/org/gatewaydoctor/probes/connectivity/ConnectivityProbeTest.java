package org.gatewaydoctor.probes.connectivity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.gatewaydoctor.facts.connectivity.ReferenceCheck;
import org.gatewaydoctor.facts.connectivity.ReferenceResult;
import org.gatewaydoctor.facts.connectivity.ThroughputSample;
import org.gatewaydoctor.probes.ProbeResult;
import org.gatewaydoctor.probes.ReferenceEndpoint;
import org.gatewaydoctor.probes.net.HttpFetcher;
import org.gatewaydoctor.probes.net.NetworkAccess;
import org.gatewaydoctor.probes.rig.Daemon;
import org.gatewaydoctor.probes.rig.FakeServers;
import org.gatewaydoctor.probes.rig.Probes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Reference endpoints on loopback: exact answers, a portal's redirect and page, a dead reference, throughput. */
@Timeout(30)
class ConnectivityProbeTest {

  private final MockWebServer server = new MockWebServer();
  private final FakeServers fakes = new FakeServers();

  @BeforeEach
  void start() throws Exception {
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        return switch (request.getUrl().encodedPath()) {
          case "/generate_204" -> new MockResponse.Builder().code(204).build();
          case "/connecttest.txt" -> new MockResponse.Builder().body("Microsoft Connect Test").build();
          case "/portal" -> new MockResponse.Builder().code(302).addHeader("Location", "http://portal.example/login").build();
          default -> new MockResponse.Builder().body("<html>Please sign in to the hotel Wi-Fi</html>").build();
        };
      }
    });
    server.start(java.net.InetAddress.getLoopbackAddress(), 0);
  }

  @AfterEach
  void stop() {
    server.close();
    fakes.close();
  }

  private ProbeResult run(List<ReferenceEndpoint> refs, String throughput) throws Exception {
    NetworkAccess net = Probes.net();
    return new ConnectivityProbe(net, new HttpFetcher(net), refs, throughput, Duration.ofSeconds(5),
        Duration.ofSeconds(2)).run(Probes.context("https://example.com/", Duration.ofSeconds(5)));
  }

  private static ReferenceCheck check(ProbeResult r, String name, String family, String method) {
    return r.observations().connectivity().stream()
        .filter(c -> c.reference().equals(name) && c.family().equals(family) && c.method().equals(method))
        .findFirst().orElseThrow(() -> new AssertionError(name + "/" + family + "/" + method + " missing"));
  }

  @Test
  void exactAnswersAreOkOverIpv4AndIpv6Separately() throws Exception {
    // "localhost" resolves to 127.0.0.1 and ::1 (RFC 6761) without any DNS query; MockWebServer listens on v4 only.
    String base = "http://localhost:" + server.getPort();
    ProbeResult r = run(List.of(new ReferenceEndpoint("google", base + "/generate_204", 204, null),
        new ReferenceEndpoint("microsoft", base + "/connecttest.txt", 200, "Microsoft Connect Test")), null);
    assertThat(check(r, "google", "ipv4", "tcp").result()).isEqualTo(ReferenceResult.OK);
    assertThat(check(r, "google", "ipv4", "http").result()).isEqualTo(ReferenceResult.OK);
    assertThat(check(r, "google", "ipv4", "http").status()).isEqualTo(204);
    assertThat(check(r, "microsoft", "ipv4", "http").result()).isEqualTo(ReferenceResult.OK);
    assertThat(check(r, "microsoft", "ipv6", "tcp").address()).isEqualTo("[0:0:0:0:0:0:0:1]:" + server.getPort());
    assertThat(check(r, "microsoft", "ipv6", "tcp").result()).isIn(ReferenceResult.REFUSED, ReferenceResult.OK);
  }

  @Test
  void aRedirectOrAnotherBodyIsRecordedAsAPortalSign() throws Exception {
    String base = "http://127.0.0.1:" + server.getPort();
    ProbeResult r = run(List.of(new ReferenceEndpoint("google", base + "/portal", 204, null),
        new ReferenceEndpoint("microsoft", base + "/other", 200, "Microsoft Connect Test")), null);
    ReferenceCheck redirected = check(r, "google", "ipv4", "http");
    assertThat(redirected.result()).isEqualTo(ReferenceResult.REDIRECTED);
    assertThat(redirected.location()).isEqualTo("http://portal.example/login");
    ReferenceCheck body = check(r, "microsoft", "ipv4", "http");
    assertThat(body.result()).isEqualTo(ReferenceResult.UNEXPECTED_BODY);
    assertThat(body.detail()).contains("Please sign in");
    assertThat(check(r, "google", "ipv6", "http").result()).isEqualTo(ReferenceResult.NO_ROUTE);
  }

  @Test
  void oneDeadReferenceIsJustRecorded() throws Exception {
    int dead = Daemon.freePort();
    ProbeResult r = run(List.of(new ReferenceEndpoint("dead", "http://127.0.0.1:" + dead + "/", 204, null),
        new ReferenceEndpoint("google", "http://127.0.0.1:" + server.getPort() + "/generate_204", 204, null)), null);
    assertThat(check(r, "dead", "ipv4", "tcp").result()).isEqualTo(ReferenceResult.REFUSED);
    assertThat(check(r, "dead", "ipv4", "http").result()).isEqualTo(ReferenceResult.REFUSED);
    assertThat(check(r, "google", "ipv4", "http").result()).isEqualTo(ReferenceResult.OK);
  }

  @Test
  void throughputSampleIsBoundedByTimeOrBytes() throws Exception {
    ProbeResult r = run(List.of(), "http://127.0.0.1:" + fakes.endlessBody() + "/");
    ThroughputSample t = r.observations().throughput().get(0);
    assertThat(t.bytes()).isPositive().isLessThanOrEqualTo(ConnectivityProbe.THROUGHPUT_BYTES);
    assertThat(t.durationMs()).isLessThan(2300);
    assertThat(t.bitsPerSecond()).isPositive();
    assertThat(t.completed()).isTrue();
  }
}
