package org.gatewaydoctor.probes.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import okhttp3.tls.HandshakeCertificates;
import okhttp3.tls.HeldCertificate;
import org.gatewaydoctor.facts.network.PortCheck;
import org.gatewaydoctor.facts.network.PortState;
import org.gatewaydoctor.facts.network.ProxySetting;
import org.gatewaydoctor.facts.network.TlsObservation;
import org.gatewaydoctor.probes.ProbeResult;
import org.gatewaydoctor.probes.rig.Daemon;
import org.gatewaydoctor.probes.rig.Probes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Ports open, refused and filtered; a self-signed TLS chain standing in for an intercepting proxy; proxy settings. */
@Timeout(30)
class NetworkProbeTest {

  @Test
  void tellsOpenRefusedAndFilteredPortsApart() throws Exception {
    int refused = Daemon.freePort();
    // TEST-RIG §5 fallback: a backlog-1 listener that never accepts. Two connects fill its queue; the
    // kernel then drops further SYNs, so a third connect times out exactly as behind a DROP rule.
    try (ServerSocket open = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        ServerSocket full = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        Socket fill1 = new Socket(); Socket fill2 = new Socket()) {
      fill1.connect(full.getLocalSocketAddress(), 1000);
      fill2.connect(full.getLocalSocketAddress(), 1000);
      NetworkProbe p = new NetworkProbe(Probes.net(), null, null,
          List.of(open.getLocalPort(), refused, full.getLocalPort()), Duration.ofSeconds(4), Duration.ofSeconds(1));
      ProbeResult r = p.run(Probes.context("http://127.0.0.1:" + open.getLocalPort() + "/", Duration.ofSeconds(4)));
      List<PortCheck> ports = r.observations().ports();
      assertThat(ports).extracting(PortCheck::state).containsExactly(PortState.OPEN, PortState.REFUSED, PortState.FILTERED);
      assertThat(ports.get(2).latencyMs()).isGreaterThanOrEqualTo(900.0);
      assertThat(ports.get(0).address()).isEqualTo("127.0.0.1:" + open.getLocalPort());
      assertThat(r.observations().tls()).isEmpty();
    }
  }

  @Test
  void recordsTheChainOfASelfSignedInterceptorAndThatTheJvmDoesNotTrustIt() throws Exception {
    HeldCertificate root = new HeldCertificate.Builder().certificateAuthority(0)
        .commonName("Corporate Inspection CA").organizationalUnit("SSL Inspection").build();
    HeldCertificate leaf = new HeldCertificate.Builder().commonName("example.com").addSubjectAlternativeName("example.com")
        .signedBy(root).build();
    HandshakeCertificates serverCerts = new HandshakeCertificates.Builder().heldCertificate(leaf, root.certificate()).build();
    try (MockWebServer server = new MockWebServer()) {
      server.useHttps(serverCerts.sslSocketFactory());
      server.enqueue(new MockResponse.Builder().build());
      server.start(InetAddress.getLoopbackAddress(), 0);
      NetworkProbe p = new NetworkProbe(Probes.net(), null, null, List.of(server.getPort()), Duration.ofSeconds(4),
          Duration.ofSeconds(2));
      ProbeResult r = p.run(Probes.context("https://127.0.0.1:" + server.getPort() + "/", Duration.ofSeconds(4)));
      TlsObservation tls = r.observations().tls().get(0);
      assertThat(tls.handshake()).isTrue();
      assertThat(tls.protocol()).startsWith("TLSv1.");
      assertThat(tls.chainSubjects().get(0)).contains("CN=example.com");
      assertThat(tls.leafIssuer()).contains("CN=Corporate Inspection CA").contains("OU=SSL Inspection");
      assertThat(tls.trusted()).isFalse();
      assertThat(tls.hostnameMatches()).as("the leaf names example.com, not 127.0.0.1").isFalse();
      assertThat(tls.leafNotAfter()).isNotNull();
      assertThat(tls.detail()).startsWith("not trusted by the JVM trust store");
    }
  }

  @Test
  void recordsProxySettingsWithoutCredentialsAndAPacUrlUnexecuted() throws Exception {
    int port = Daemon.freePort();
    NetworkProbe p = new NetworkProbe(Probes.net(List.of(), Map.of(
        "HTTPS_PROXY", "http://alice:s3cret@127.0.0.1:3128", "http_proxy", "127.0.0.1:8080", "NO_PROXY", "localhost,.corp")),
        null, "http://wpad.corp/proxy.pac?token=abc", List.of(port), Duration.ofSeconds(2), Duration.ofSeconds(1));
    ProbeResult r = p.run(Probes.context("https://chatgpt.com/", Duration.ofSeconds(2)));
    List<ProxySetting> proxies = r.observations().proxies();
    assertThat(proxies).extracting(ProxySetting::source, ProxySetting::scheme, ProxySetting::value,
        ProxySetting::appliesToTarget).containsExactly(
        org.assertj.core.groups.Tuple.tuple("env", "http", "127.0.0.1:8080", false),
        org.assertj.core.groups.Tuple.tuple("env", "https", "127.0.0.1:3128", true),
        org.assertj.core.groups.Tuple.tuple("pac", "pac", "http://wpad.corp/proxy.pac?token=[redacted]", null));
    assertThat(proxies.get(0).noProxy()).isEqualTo("localhost,.corp");
    assertThat(proxies.toString()).doesNotContain("s3cret").doesNotContain("alice");
    // chatgpt.com cannot be resolved under the loopback policy: ports are recorded as skipped, with the reason.
    assertThat(r.observations().ports()).extracting(PortCheck::state).containsExactly(PortState.SKIPPED);
  }

}
