package org.gatewaydoctor.probes.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.gatewaydoctor.facts.service.StatusPageFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigurationLoaderTest {

  /** The shape issue 11 asks for, word for word. */
  static final String ISSUE_EXAMPLE = """
      deadline: 8s
      resolvers:
        system: ["192.168.1.1:53"]          # default: as the OS is configured
        independent:                        # default: the public resolvers used today
          cloudflare: "1.1.1.1:53"
          quad9: "9.9.9.9:53"
      references:                           # connectivity checks; default: today's public references
        - url: "http://connectivity.example.net/generate_204"
          expectStatus: 204
        - url: "https://www.example.org/"
          expectStatus: 200
      throughput: "https://speed.example.net/5mb.bin"   # or null to skip the sample
      services:                             # extra or overriding profiles, same fields as the built-in ones
        - id: intranet-wiki
          name: Intranet Wiki
          url: "https://wiki.corp.example/"
          hosts: [wiki.corp.example]
          statusPage: "https://status.corp.example/api/v2/summary.json"
          statusPageFormat: statuspage-v2
      """;

  private static Properties linux() {
    Properties p = new Properties();
    p.setProperty("os.name", "Linux");
    p.setProperty("user.home", "/nonexistent-jvm-home");
    return p;
  }

  private static Configuration read(String yaml) throws ConfigurationException {
    return new ConfigurationLoader(Map.of(), linux()).read(yaml.getBytes(), "c.yaml", "--config");
  }

  @Test
  void theIssuesExampleReadsIntoEveryEndpointWithWhereItCameFrom() throws ConfigurationException {
    Configuration c = read(ISSUE_EXAMPLE);
    assertThat(c.deadline()).isEqualTo(Duration.ofSeconds(8));
    assertThat(c.systemResolvers()).containsExactly("192.168.1.1:53");
    assertThat(c.independentResolvers()).containsExactly(Map.entry("cloudflare", "1.1.1.1:53"),
        Map.entry("quad9", "9.9.9.9:53"));
    assertThat(c.references()).extracting(r -> r.url() + " " + r.expectStatus() + " " + r.name()).containsExactly(
        "http://connectivity.example.net/generate_204 204 connectivity.example.net",
        "https://www.example.org/ 200 www.example.org");
    assertThat(c.throughputUrl()).isEqualTo("https://speed.example.net/5mb.bin");
    assertThat(c.services().byId("intranet-wiki").orElseThrow().statusPageFormat())
        .isEqualTo(StatusPageFormat.STATUSPAGE_V2);
    assertThat(c.services().ids()).contains("chatgpt", "generic", "intranet-wiki");
    assertThat(c.origin("deadline")).isEqualTo("c.yaml:1 (--config)");
    assertThat(c.origin("resolvers.system")).isEqualTo("c.yaml:3 (--config)");
    assertThat(c.origin("services.intranet-wiki")).isEqualTo("c.yaml:14 (--config)");
    assertThat(c.origin("services.chatgpt")).isEqualTo(Configuration.BUILT_IN);
    assertThat(c.origin("checks.allow")).isEqualTo(Configuration.BUILT_IN);
  }

  @Test
  void nullThroughputSkipsTheSampleAndAnAbsentKeyKeepsTheDefault() throws ConfigurationException {
    assertThat(read("throughput: null\n").throughputUrl()).isNull();
    assertThat(read("deadline: 500ms\n").throughputUrl()).isEqualTo(Configuration.defaults().throughputUrl());
    assertThat(read("deadline: 500ms\n").deadline()).isEqualTo(Duration.ofMillis(500));
    assertThat(read("").deadline()).isEqualTo(Duration.ofSeconds(8));
  }

  @Test
  void checksAllowAndEgressAllowAreParsedAndChecked() throws ConfigurationException {
    Configuration c = read("checks:\n  allow: [wiki.corp.example, .corp.example, \"*.intra.example\", 10.20.0.0/16]\n"
        + "egress:\n  allow: [10.0.0.0/8]\n");
    assertThat(c.checksAllow().allowsHost("wiki.corp.example")).isTrue();
    assertThat(c.checksAllow().allowsHost("a.b.corp.example")).isTrue();
    assertThat(c.checksAllow().allowsHost("x.intra.example")).isTrue();
    assertThat(c.checksAllow().allowsHost("10.20.3.4")).isTrue();
    assertThat(c.checksAllow().allowsHost("evil.example")).isFalse();
    assertThat(c.egressAllow()).containsExactly("10.0.0.0/8");
    assertThat(Configuration.defaults().checksAllow().allowsHost("wiki.corp.example")).isFalse();
  }

  @Test
  void everyBadValueIsReportedAtItsLineAndColumn() {
    assertThatThrownBy(() -> read("deadline: 8s\nresolvers: [\n")).isInstanceOf(ConfigurationException.class)
        .hasMessageStartingWith("c.yaml:3:1: malformed YAML");
    assertThatThrownBy(() -> read("deadline: 8s\ndeadlines: 9s\n"))
        .hasMessage("c.yaml:2:1: unknown key \"deadlines\" in the configuration; expected one of deadline, resolvers, "
            + "references, throughput, services, checks, egress");
    assertThatThrownBy(() -> read("resolvers:\n  system: [\"dns.corp.example\"]\n"))
        .hasMessageStartingWith("c.yaml:2:12: resolvers.system: a resolver must be host[:port] with an IP address");
    assertThatThrownBy(() -> read("resolvers:\n  independent:\n    corp: \"10.1.1.1:99999\"\n"))
        .hasMessageStartingWith("c.yaml:3:11: resolvers.independent.corp: a resolver must be host[:port]");
    assertThatThrownBy(() -> read("references:\n  - url: \"ftp://files.example/\"\n"))
        .hasMessage("c.yaml:2:10: references: url must be an http(s) URL, got \"ftp://files.example/\"");
    assertThatThrownBy(() -> read("throughput: \"file:///dev/zero\"\n"))
        .hasMessage("c.yaml:1:13: throughput must be an http(s) URL, got \"file:///dev/zero\"");
    assertThatThrownBy(() -> read("deadline: -1s\n"))
        .hasMessage("c.yaml:1:11: deadline must be a duration such as 8s, 500ms or 1m, got \"-1s\"");
    assertThatThrownBy(() -> read("deadline: 0s\n"))
        .hasMessage("c.yaml:1:11: deadline must be positive and at most 5m, got \"0s\"");
    assertThatThrownBy(() -> read("services:\n  - id: wiki\n    statusPage: \"gopher://x/\"\n"
        + "    statusPageFormat: feed\n")).hasMessageStartingWith("c.yaml:3:17: service wiki: statusPage must be");
    assertThatThrownBy(() -> read("checks:\n  allow: [\"not a host!\"]\n"))
        .hasMessageStartingWith("c.yaml:2:11: checks.allow: expected a host name");
    assertThatThrownBy(() -> read("- deadline\n")).hasMessageStartingWith("c.yaml:1:1: the configuration must be a map");
  }

  @Test
  void theFileIsFoundInTheDocumentedOrder(@TempDir Path dir) throws Exception {
    Path explicit = Files.writeString(dir.resolve("explicit.yaml"), "deadline: 1s\n");
    Path named = Files.writeString(dir.resolve("named.yaml"), "deadline: 2s\n");
    Path xdg = dir.resolve("xdg");
    Files.createDirectories(xdg.resolve("gateway-doctor"));
    Files.writeString(xdg.resolve("gateway-doctor/config.yaml"), "deadline: 3s\n");
    Path home = dir.resolve("home");
    Files.createDirectories(home.resolve(".config/gateway-doctor"));
    Files.writeString(home.resolve(".config/gateway-doctor/config.yaml"), "deadline: 4s\n");
    Map<String, String> all = Map.of(ConfigurationLoader.ENV, named.toString(), "XDG_CONFIG_HOME", xdg.toString(),
        "HOME", home.toString());

    assertThat(new ConfigurationLoader(all, linux()).load(explicit).deadline()).isEqualTo(Duration.ofSeconds(1));
    assertThat(new ConfigurationLoader(all, linux()).load(null).deadline()).isEqualTo(Duration.ofSeconds(2));
    assertThat(new ConfigurationLoader(Map.of("XDG_CONFIG_HOME", xdg.toString(), "HOME", home.toString()), linux())
        .load(null).origin("deadline")).isEqualTo(xdg.resolve("gateway-doctor/config.yaml") + ":1 "
            + "($XDG_CONFIG_HOME/gateway-doctor/config.yaml)");
    assertThat(new ConfigurationLoader(Map.of("HOME", home.toString()), linux()).load(null).deadline())
        .isEqualTo(Duration.ofSeconds(4));
    assertThat(new ConfigurationLoader(Map.of("HOME", dir.resolve("empty").toString()), linux()).load(null))
        .isEqualTo(Configuration.defaults());
  }

  @Test
  void onWindowsTheFileIsUnderAppData(@TempDir Path dir) throws Exception {
    Files.createDirectories(dir.resolve("gateway-doctor"));
    Files.writeString(dir.resolve("gateway-doctor/config.yaml"), "deadline: 5s\n");
    Properties windows = new Properties();
    windows.setProperty("os.name", "Windows 11");
    assertThat(new ConfigurationLoader(Map.of("APPDATA", dir.toString()), windows).load(null).deadline())
        .isEqualTo(Duration.ofSeconds(5));
  }

  @Test
  void aNamedFileThatDoesNotExistIsAnError(@TempDir Path dir) {
    Path missing = dir.resolve("nope.yaml");
    assertThatThrownBy(() -> new ConfigurationLoader(Map.of(), linux()).load(missing))
        .hasMessage(missing + ": no such configuration file (named by --config); check the path, or leave it out to "
            + "use the built-in defaults");
    assertThatThrownBy(() -> new ConfigurationLoader(Map.of(ConfigurationLoader.ENV, missing.toString()), linux())
        .load(null)).hasMessageContaining("(named by $GATEWAY_DOCTOR_CONFIG)");
  }

  @Test
  void theDnsServerPropertyIsCheckedAndUsedWhenTheFileDoesNotSetTheSystemResolvers() throws Exception {
    Properties bad = linux();
    bad.setProperty("dns.server", "None");
    assertThatThrownBy(() -> new ConfigurationLoader(Map.of(), bad).load(null))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageStartingWith("JVM property dns.server=None: each resolver must be an IP address");
    Properties good = linux();
    good.setProperty("dns.server", "127.0.0.1:5353,[::1]:53");
    Configuration c = new ConfigurationLoader(Map.of(), good).load(null);
    assertThat(c.systemResolvers()).containsExactly("127.0.0.1:5353", "[::1]:53");
    assertThat(c.origin("resolvers.system")).isEqualTo("JVM property dns.server");
    Configuration fileWins = new ConfigurationLoader(Map.of(), good)
        .read("resolvers:\n  system: [\"127.0.0.2\"]\n".getBytes(), "c.yaml", "--config");
    assertThat(fileWins.systemResolvers()).isEqualTo(List.of("127.0.0.2"));
  }
}
