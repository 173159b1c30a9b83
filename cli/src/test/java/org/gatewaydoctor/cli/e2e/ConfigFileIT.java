package org.gatewaydoctor.cli.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gatewaydoctor.probes.rig.Daemon;
import org.gatewaydoctor.probes.rig.Dnsmasq;
import org.gatewaydoctor.probes.rig.Nginx;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A company's support team points every endpoint the probes use at its own network: a
 * configuration file names the system resolver and an independent one (two real dnsmasq on loopback
 * ports), a reference site, the throughput sample and an intranet service with its status page (all
 * on a real nginx on loopback). The built launcher checks the service, and the saved bundle shows
 * each configured endpoint used and none of the public defaults.
 */
@Timeout(300)
class ConfigFileIT {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  static Path dir;

  private static Dnsmasq systemDns;
  private static Dnsmasq corpDns;
  private static Daemon nginx;
  private static int port;
  private static Path config;

  @BeforeAll
  static void startRig() throws Exception {
    // The intranet's name exists only on these resolvers (RFC 6761: .test is for testing).
    String records = "host-record=wiki.corp.test,127.0.0.1\nlocal=/test/\n";
    systemDns = Dnsmasq.start(dir.resolve("system-dns"), records);
    corpDns = Dnsmasq.start(dir.resolve("corp-dns"), records);
    port = Daemon.freePort();
    nginx = startNginx(dir.resolve("nginx"), port);
    String base = "http://127.0.0.1:" + port;
    config = Files.writeString(dir.resolve("corp.yaml"), String.join("\n",
        "deadline: 6s",
        "resolvers:",
        "  system: [\"" + systemDns.address() + "\"]",
        "  independent:",
        "    corp: \"" + corpDns.address() + "\"",
        "references:",
        "  - url: \"" + base + "/generate_204\"",
        "    expectStatus: 204",
        "  - url: \"" + base + "/connecttest.txt\"",
        "    expectStatus: 200",
        "    expectBody: \"Corp Connect Test\"",
        "throughput: \"" + base + "/sample.bin\"",
        "services:",
        "  - id: intranet-wiki",
        "    name: Intranet Wiki",
        "    url: \"http://wiki.corp.test:" + port + "/\"",
        "    hosts: [wiki.corp.test]",
        "    statusPage: \"" + base + "/api/v2/summary.json\"",
        "    statusPageFormat: statuspage-v2",
        ""));
  }

  @AfterAll
  static void stopRig() {
    for (AutoCloseable c : new AutoCloseable[] {nginx, corpDns, systemDns}) {
      try {
        if (c != null) {
          c.close();
        }
      } catch (Exception e) {
        // stopping a daemon that is already gone
      }
    }
  }

  static Daemon startNginx(Path d, int port) throws Exception {
    Files.createDirectories(d.resolve("www/api/v2"));
    Files.writeString(d.resolve("www/index.html"), "<html><body>Intranet Wiki</body></html>\n");
    Files.writeString(d.resolve("www/connecttest.txt"), "Corp Connect Test");
    Files.writeString(d.resolve("www/api/v2/summary.json"), "{\"page\":{\"name\":\"Corp status\"},"
        + "\"status\":{\"indicator\":\"none\",\"description\":\"All Systems Operational\"},"
        + "\"components\":[{\"name\":\"Wiki\",\"status\":\"operational\"}],\"incidents\":[],"
        + "\"scheduled_maintenances\":[]}");
    Files.write(d.resolve("www/sample.bin"), new byte[256 * 1024]);
    return Nginx.start(d, port, "application/json json; text/html html; text/plain txt; application/octet-stream bin;",
        List.of("location = /generate_204 { return 204; }"));
  }

  @Test
  void everyConfiguredEndpointIsUsedByTheBuiltLauncher() throws IOException {
    Path saved = dir.resolve("wiki.bundle.json");
    Launcher.Run run = Launcher.run("diagnose", "--config", config.toString(), "--service", "intranet-wiki",
        "--no-browser-profiles", "--format", "json", "--save-facts", saved.toString());

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.json().at("/verdict/side").asText()).isEqualTo("NONE");
    assertThat(run.stderr()).contains("Checking \"http://wiki.corp.test:" + port + "/\" (at most 6 s)");
    JsonNode bundle = JSON.readTree(saved.toFile());
    JsonNode o = bundle.get("observations");
    assertThat(bundle.at("/target/service").asText()).isEqualTo("intranet-wiki");

    // DNS: only the two configured resolvers were asked, and both found the intranet name.
    assertThat(values(o.get("dns"), "resolverAddress")).containsOnly(systemDns.address(), corpDns.address());
    assertThat(answer(o.get("dns"), "system")).isEqualTo("127.0.0.1");
    assertThat(answer(o.get("dns"), "corp")).isEqualTo("127.0.0.1");
    // HTTP: the service itself, through the configured system resolver, answered by nginx.
    assertThat(o.get("http")).isNotEmpty().allSatisfy(h -> {
      assertThat(h.get("status").asInt()).isEqualTo(200);
      assertThat(h.get("remoteAddress").asText()).startsWith("127.0.0.1");
    });
    // The service's status page from the configuration.
    assertThat(o.get("statusPages")).hasSize(1);
    assertThat(o.at("/statusPages/0/url").asText()).isEqualTo("http://127.0.0.1:" + port + "/api/v2/summary.json");
    assertThat(o.at("/statusPages/0/readable").asBoolean()).isTrue();
    assertThat(o.at("/statusPages/0/indicator").asText()).isEqualTo("none");
    // Both configured references, and nothing else, answered as expected over IPv4.
    assertThat(values(o.get("connectivity"), "url")).allMatch(u -> u.contains("127.0.0.1:" + port));
    assertThat(o.get("connectivity")).filteredOn(c -> c.get("family").asText().equals("ipv4"))
        .hasSize(4).allSatisfy(c -> assertThat(c.get("result").asText()).isEqualTo("ok"));
    // The throughput sample from the configured URL.
    assertThat(o.at("/throughput/0/url").asText()).isEqualTo("http://127.0.0.1:" + port + "/sample.bin");
    assertThat(o.at("/throughput/0/bytes").asLong()).isEqualTo(256 * 1024);
    String access = Files.readString(dir.resolve("nginx/access.log"));
    assertThat(access).contains("GET /api/v2/summary.json", "GET /generate_204", "GET /connecttest.txt",
        "GET /sample.bin", "GET / HTTP/1.1");
  }

  @Test
  void theUrlsHostSelectsTheConfiguredServiceProfile() {
    Launcher.Run run = Launcher.run("diagnose", "http://wiki.corp.test:" + port + "/", "--config", config.toString(),
        "--no-browser-profiles", "--format", "json");
    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.json().at("/target/service").asText()).isEqualTo("intranet-wiki");
  }

  @Test
  void configShowSaysWhereEachValueCameFrom() {
    Launcher.Run run = Launcher.run("config", "show", "--config", config.toString());
    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.stdout())
        .contains("# file: " + config + " (named by --config)")
        .contains("deadline: 6s  # " + config + ":1 (--config)")
        .contains("system: [\"" + systemDns.address() + "\"]  # " + config + ":3 (--config)")
        .contains("- id: \"intranet-wiki\"  # " + config + ":14 (--config)")
        .contains("- id: \"chatgpt\"  # built-in default");
    // What it prints is itself a configuration that reads back to the same values.
    Path echoed = dir.resolve("echoed.yaml");
    try {
      Files.writeString(echoed, run.stdout());
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    Launcher.Run again = Launcher.run(env -> env.put("GATEWAY_DOCTOR_CONFIG", echoed.toString()), "config", "show");
    assertThat(again.exitCode()).as(again.toString()).isZero();
    assertThat(strip(again.stdout())).isEqualTo(strip(run.stdout()));
  }

  /** The YAML without its comments (the origins differ: the echoed file is another file). */
  private static String strip(String yaml) {
    return yaml.lines().filter(l -> !l.startsWith("#")).map(l -> l.replaceAll("  # .*$", ""))
        .reduce("", (a, b) -> a + b + "\n");
  }

  private static List<String> values(JsonNode array, String field) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.get(field).asText()));
    return out;
  }

  private static String answer(JsonNode dns, String resolver) {
    for (JsonNode q : dns) {
      if (q.get("resolver").asText().equals(resolver) && q.get("type").asText().equals("A")
          && !q.get("canary").asBoolean()) {
        return q.get("addresses").get(0).asText();
      }
    }
    throw new AssertionError("no A answer from " + resolver + " in " + dns);
  }
}
