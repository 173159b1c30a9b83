package org.gatewaydoctor.probes.runner;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.gatewaydoctor.facts.Environment;
import org.gatewaydoctor.facts.ProbeOutcome;
import org.gatewaydoctor.facts.ProbeStatus;
import org.gatewaydoctor.facts.bundle.BundleReader;
import org.gatewaydoctor.facts.bundle.BundleWriter;
import org.gatewaydoctor.facts.bundle.FactBundle;
import org.gatewaydoctor.facts.service.StatusPageFormat;
import org.gatewaydoctor.probes.ProbeSettings;
import org.gatewaydoctor.probes.ReferenceEndpoint;
import org.gatewaydoctor.probes.StandardProbes;
import org.gatewaydoctor.probes.egress.EgressPolicy;
import org.gatewaydoctor.probes.rig.Daemon;
import org.gatewaydoctor.probes.rig.Dnsmasq;
import org.gatewaydoctor.probes.rig.FakeServers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A full live run of every standard probe against a loopback rig, pointed there purely by settings
 * (as the CLI's lab will do): a name served by dnsmasq, a second resolver that disagrees, a status
 * page with an incident, references, a throughput source. The bundle must validate.
 */
@Timeout(60)
class FullRunRigTest {

  /** Written by the facts helper; validated against when present in this tree. */
  static final Path SCHEMA = Path.of("..", "docs", "schema", "fact-bundle.schema.json");

  @Test
  void aFullRunProducesACompleteBundleThatValidates(@TempDir Path dir) throws Exception {
    try (Dnsmasq honest = Dnsmasq.start(dir.resolve("a"), "host-record=svc.test,127.0.0.1\nlocal=/test/\n");
        Dnsmasq liar = Dnsmasq.start(dir.resolve("b"), "host-record=svc.test,127.0.0.9\naddress=/#/127.0.0.66\n");
        MockWebServer server = new MockWebServer(); FakeServers fakes = new FakeServers()) {
      server.setDispatcher(new Dispatcher() {
        @Override
        public MockResponse dispatch(RecordedRequest r) {
          return switch (r.getUrl().encodedPath()) {
            case "/api/v2/summary.json" -> new MockResponse.Builder().addHeader("Content-Type", "application/json")
                .body("{\"status\":{\"indicator\":\"major\",\"description\":\"Partial outage\"},\"components\":[],"
                    + "\"incidents\":[{\"id\":\"i\",\"name\":\"502s\",\"status\":\"investigating\",\"impact\":\"major\"}],"
                    + "\"scheduled_maintenances\":[]}").build();
            case "/generate_204" -> new MockResponse.Builder().code(204).build();
            default -> new MockResponse.Builder().code(502).addHeader("Server", "cloudflare")
                .addHeader("cf-ray", "8f00000000000000-AMS").body("<title>502 Bad gateway</title>").build();
          };
        }
      });
      server.start(java.net.InetAddress.getLoopbackAddress(), 0);
      int port = server.getPort();
      String base = "http://127.0.0.1:" + port;
      ProbeSettings s = ProbeSettings.defaults("http://svc.test:" + port + "/", "chatgpt").toBuilder()
          .statusPage(base + "/api/v2/summary.json", StatusPageFormat.STATUSPAGE_V2)
          .systemResolvers(List.of(honest.address()))
          .independentResolvers(Map.of("liar", liar.address()))
          .references(List.of(new ReferenceEndpoint("one", base + "/generate_204", 204, null),
              new ReferenceEndpoint("two", "http://localhost:" + port + "/generate_204", 204, null)))
          .throughputUrl("http://127.0.0.1:" + fakes.endlessBody() + "/")
          .proxyEnv(Map.of())
          .ports(List.of(port, Daemon.freePort()))
          .httpSamples(2)
          .build();
      Clock clock = Clock.systemUTC();
      FactBundle b = new ProbeRunner(StandardProbes.create(s, EgressPolicy.fromEnvironment(System.getenv()), clock),
          s.deadline(), clock, ProbeListener.NONE).run(s.target(), new Environment("linux", null, null, null),
          "gateway-doctor 0.1.0");

      assertThat(b.probes()).extracting(ProbeOutcome::id).containsExactly("dns", "http", "status-page", "connectivity",
          "network");
      assertThat(b.probes()).extracting(ProbeOutcome::status).containsOnly(ProbeStatus.OK);
      assertThat(b.observations().dnsComparisons()).anySatisfy(c -> assertThat(c.distinctAnswerSets()).isEqualTo(2));
      assertThat(b.observations().http()).hasSize(2).allSatisfy(e -> {
        assertThat(e.status()).isEqualTo(502);
        assertThat(e.timings().dnsMs()).isNotNull();
        assertThat(e.header("cf-ray")).isPresent();
      });
      assertThat(b.observations().statusPages().get(0).indicator()).isEqualTo("major");
      assertThat(b.observations().connectivity()).isNotEmpty();
      assertThat(b.observations().throughput()).hasSize(1);
      assertThat(b.observations().ports()).hasSize(2);

      String json = new BundleWriter().toJson(b);
      FactBundle back = new BundleReader().read(json.getBytes(StandardCharsets.UTF_8), "live.json").bundle();
      assertThat(new BundleWriter().toJson(back)).isEqualTo(json);
      if (Files.exists(SCHEMA)) {
        Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(Files.newInputStream(SCHEMA));
        JsonNode tree = new ObjectMapper().readTree(json);
        List<Error> errors = schema.validate(tree);
        assertThat(errors).as("schema errors").isEmpty();
      }
    }
  }
}
