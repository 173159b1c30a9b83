package org.gatewaydoctor.probes.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Properties;
import org.gatewaydoctor.facts.ProbeOutcome;
import org.gatewaydoctor.facts.ProbeStatus;
import org.gatewaydoctor.facts.bundle.FactBundle;
import org.gatewaydoctor.facts.connectivity.ReferenceResult;
import org.gatewaydoctor.facts.dns.DnsQuery;
import org.gatewaydoctor.facts.dns.DnsQueryStatus;
import org.gatewaydoctor.probes.TargetUrl;
import org.gatewaydoctor.probes.config.Configuration;
import org.gatewaydoctor.probes.config.ConfigurationLoader;
import org.gatewaydoctor.probes.egress.EgressPolicy;
import org.gatewaydoctor.probes.rig.Dnsmasq;
import org.gatewaydoctor.probes.runner.ProbeListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The entry point checks a name served by a real dnsmasq, with every endpoint taken from a
 * configuration file: loopback ones are used, public ones are refused by the loopback-only policy
 * and recorded as such.
 */
@Timeout(60)
class TargetCheckTest {

  private HttpServer server;

  @BeforeEach
  void startServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
    server.createContext("/", ex -> send(ex, 200, "<html>fine</html>"));
    server.createContext("/generate_204", ex -> send(ex, 204, ""));
    server.createContext("/bytes", ex -> send(ex, 200, "x".repeat(10_000)));
    server.createContext("/api/v2/summary.json", ex -> send(ex, 200,
        "{\"status\":{\"indicator\":\"minor\",\"description\":\"Wiki is slow\"},\"components\":[],\"incidents\":[]}"));
    server.start();
  }

  @AfterEach
  void stopServer() {
    server.stop(0);
  }

  private static void send(com.sun.net.httpserver.HttpExchange ex, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    ex.sendResponseHeaders(status, status == 204 ? -1 : bytes.length);
    if (status != 204) {
      try (OutputStream out = ex.getResponseBody()) {
        out.write(bytes);
      }
    }
    ex.close();
  }

  @Test
  void everyConfiguredEndpointIsUsedAndAPublicOneIsRefusedAndRecorded(@TempDir Path dir) throws Exception {
    int port = server.getAddress().getPort();
    String base = "http://127.0.0.1:" + port;
    try (Dnsmasq system = Dnsmasq.start(dir.resolve("system"), "host-record=wiki.corp.test,127.0.0.1\nlocal=/test/\n");
        Dnsmasq corp = Dnsmasq.start(dir.resolve("corp"), "host-record=wiki.corp.test,127.0.0.1\nlocal=/test/\n")) {
      String yaml = "deadline: 6s\n"
          + "resolvers:\n"
          + "  system: [\"" + system.address() + "\"]\n"
          + "  independent:\n"
          + "    corp: \"" + corp.address() + "\"\n"
          + "    quad9: \"9.9.9.9:53\"\n"
          + "references:\n"
          + "  - url: \"" + base + "/generate_204\"\n"
          + "    expectStatus: 204\n"
          + "  - url: \"http://192.0.2.10/generate_204\"\n"
          + "    expectStatus: 204\n"
          + "throughput: \"" + base + "/bytes\"\n"
          + "services:\n"
          + "  - id: intranet-wiki\n"
          + "    url: \"http://wiki.corp.test:" + port + "/\"\n"
          + "    statusPage: \"" + base + "/api/v2/summary.json\"\n"
          + "    statusPageFormat: statuspage-v2\n";
      Configuration config = new ConfigurationLoader(Map.of(), new Properties())
          .read(yaml.getBytes(StandardCharsets.UTF_8), "corp.yaml", "--config");
      TargetCheck check = new TargetCheck(config, EgressPolicy.loopbackOnly(), Clock.systemUTC());

      FactBundle bundle = check.check(config.services().byId("intranet-wiki").orElseThrow(),
          new CheckHost(CheckHost.platform(new Properties(), null), Map.of(), false), ProbeListener.NONE);

      assertThat(bundle.target().service()).isEqualTo("intranet-wiki");
      assertThat(bundle.target().url()).isEqualTo("http://wiki.corp.test:" + port + "/");
      DnsQuery systemA = query(bundle, "system", "A");
      assertThat(systemA.resolverAddress()).isEqualTo(system.address());
      assertThat(systemA.addresses()).containsExactly("127.0.0.1");
      assertThat(query(bundle, "corp", "A").addresses()).containsExactly("127.0.0.1");
      DnsQuery quad9 = query(bundle, "quad9", "A");
      assertThat(quad9.status()).isEqualTo(DnsQueryStatus.SKIPPED);
      assertThat(quad9.detail()).contains("egress policy (loopback only) does not allow 9.9.9.9");
      assertThat(bundle.observations().http()).isNotEmpty().allSatisfy(h -> assertThat(h.status()).isEqualTo(200));
      assertThat(bundle.observations().statusPages()).singleElement().satisfies(s -> {
        assertThat(s.url()).isEqualTo(base + "/api/v2/summary.json");
        assertThat(s.readable()).isTrue();
        assertThat(s.indicator()).isEqualTo("minor");
      });
      assertThat(bundle.observations().connectivity()).filteredOn(r -> r.url().startsWith(base)
          && r.family().equals("ipv4") && r.method().equals("http"))
          .singleElement().satisfies(r -> assertThat(r.result()).isEqualTo(ReferenceResult.OK));
      assertThat(bundle.observations().connectivity()).filteredOn(r -> r.url().contains("192.0.2.10") && r.family().equals("ipv4"))
          .isNotEmpty().allSatisfy(r -> assertThat(r.result()).isEqualTo(ReferenceResult.SKIPPED));
      assertThat(bundle.observations().throughput()).singleElement().satisfies(t -> {
        assertThat(t.url()).isEqualTo(base + "/bytes");
        assertThat(t.bytes()).isEqualTo(10_000);
      });
      assertThat(bundle.probes()).extracting(ProbeOutcome::id)
          .containsExactly("dns", "http", "status-page", "connectivity", "network");
      assertThat(bundle.probes()).filteredOn(o -> o.id().equals("http"))
          .singleElement().extracting(ProbeOutcome::status).isEqualTo(ProbeStatus.OK);
    }
  }

  @Test
  void theConfiguredEgressAllowanceWidensThePolicyItIsGiven() throws Exception {
    Configuration config = new ConfigurationLoader(Map.of(), new Properties())
        .read("egress:\n  allow: [10.20.0.0/16]\n".getBytes(StandardCharsets.UTF_8), "c.yaml", "--config");
    TargetCheck check = new TargetCheck(config, EgressPolicy.loopbackOnly(), Clock.systemUTC());
    assertThat(check.egress().allows(InetAddress.getByAddress(new byte[] {10, 20, 1, 1}))).isTrue();
    assertThat(check.egress().allows(InetAddress.getByAddress(new byte[] {10, 21, 1, 1}))).isFalse();
  }

  @Test
  void aProfileWithoutAUrlOfItsOwnCannotBeCheckedByItself() {
    TargetCheck check = new TargetCheck(Configuration.defaults(), EgressPolicy.loopbackOnly(), Clock.systemUTC());
    assertThatThrownBy(() -> check.check(Configuration.defaults().services().generic(),
        new CheckHost(CheckHost.platform(new Properties(), null), Map.of(), false), ProbeListener.NONE))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("generic profile has no URL of its own");
    assertThat(check.profileFor(TargetUrl.parse("https://chat.openai.com/x")).id()).isEqualTo("chatgpt");
  }

  private static DnsQuery query(FactBundle bundle, String resolver, String type) {
    return bundle.observations().dns().stream()
        .filter(q -> q.resolver().equals(resolver) && q.type().equals(type) && !q.canary()).findFirst()
        .orElseThrow(() -> new AssertionError("no " + type + " query to " + resolver + " in " + bundle.observations().dns()));
  }
}
