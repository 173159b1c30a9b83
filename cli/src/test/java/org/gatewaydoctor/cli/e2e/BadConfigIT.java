package org.gatewaydoctor.cli.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A configuration that cannot be used ends the run before anything is probed: exit 2, one line
 * {@code gateway-doctor: FILE:LINE:COLUMN: what}, no report, no saved bundle, and not one request to
 * the target (a loopback server that counts them).
 */
@Timeout(300)
class BadConfigIT {

  @TempDir
  Path dir;

  private HttpServer target;
  private final AtomicInteger requests = new AtomicInteger();

  @BeforeEach
  void startTarget() throws IOException {
    target = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
    target.createContext("/", ex -> {
      requests.incrementAndGet();
      ex.sendResponseHeaders(200, -1);
      ex.close();
    });
    target.start();
  }

  @AfterEach
  void stopTarget() {
    target.stop(0);
  }

  static Stream<Arguments> badFiles() {
    return Stream.of(
        Arguments.of("malformed YAML", "deadline: 8s\nresolvers: [\"127.0.0.1:53\"\n",
            ":3:1: malformed YAML: "),
        Arguments.of("an unknown key", "deadline: 8s\nresolver:\n  system: [\"127.0.0.1:53\"]\n",
            ":2:1: unknown key \"resolver\" in the configuration; expected one of deadline, resolvers,"),
        Arguments.of("a resolver that is not host[:port]", "resolvers:\n  system: [\"127.0.0.1:fiftythree\"]\n",
            ":2:12: resolvers.system: a resolver must be host[:port] with an IP address as host"),
        Arguments.of("an independent resolver by name", "resolvers:\n  independent:\n    corp: dns.corp.example\n",
            ":3:11: resolvers.independent.corp: a resolver must be host[:port]"),
        Arguments.of("a reference that is not http(s)", "references:\n  - url: \"ftp://files.example/ok\"\n",
            ":2:10: references: url must be an http(s) URL, got \"ftp://files.example/ok\""),
        Arguments.of("a status page that is not http(s)", "services:\n  - id: wiki\n    url: \"http://127.0.0.1/\"\n"
            + "    statusPage: \"file:///etc/passwd\"\n    statusPageFormat: statuspage-v2\n",
            ":4:17: service wiki: statusPage must be an http(s) URL"),
        Arguments.of("a gateway the rule base does not know", "services:\n  - id: wiki\n    url: \"http://127.0.0.1/\"\n"
            + "    gateways: [cloudfare]\n", ":2: services: wiki: gateway cloudfare is not a product of fingerprints.yaml"),
        Arguments.of("a negative deadline", "deadline: -5s\n",
            ":1:11: deadline must be a duration such as 8s, 500ms or 1m, got \"-5s\""),
        Arguments.of("a zero deadline", "deadline: 0\n", ":1:11: deadline must be positive and at most 5m, got \"0\""));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badFiles")
  void aBadFileIsExit2WithItsLocationAndNothingIsProbed(String what, String yaml, String message) throws IOException {
    Path file = Files.writeString(dir.resolve("bad.yaml"), yaml);
    assertRefused(env -> {}, file + message, "--config", file.toString());
  }

  @Test
  void aBadFileNamedByTheEnvironmentOrFoundInTheDefaultPlaceIsRefusedToo() throws IOException {
    Path file = Files.writeString(dir.resolve("bad.yaml"), "deadline: soon\n");
    assertRefused(env -> env.put("GATEWAY_DOCTOR_CONFIG", file.toString()), file + ":1:11: deadline must be");
    Path xdg = dir.resolve("xdg");
    Files.createDirectories(xdg.resolve("gateway-doctor"));
    Path found = Files.writeString(xdg.resolve("gateway-doctor/config.yaml"), "deadlin: 8s\n");
    assertRefused(env -> env.put("XDG_CONFIG_HOME", xdg.toString()), found + ":1:1: unknown key \"deadlin\"");
  }

  @Test
  void aNamedFileThatDoesNotExistIsRefused() {
    Path missing = dir.resolve("missing.yaml");
    assertRefused(env -> {}, missing + ": no such configuration file (named by --config)", "--config",
        missing.toString());
    assertRefused(env -> env.put("GATEWAY_DOCTOR_CONFIG", missing.toString()),
        missing + ": no such configuration file (named by $GATEWAY_DOCTOR_CONFIG)");
  }

  @Test
  void aDnsServerPropertyThatIsNotAnAddressIsBadInputNotAnInternalError() {
    assertRefused(env -> env.put("GATEWAY_DOCTOR_JAVA_OPTS", "-Ddns.server=None"),
        "JVM property dns.server=None: each resolver must be an IP address with an optional port");
  }

  @Test
  void everyCommandTakesTheFileAndRefusesABadOne() throws IOException {
    Path file = Files.writeString(dir.resolve("bad.yaml"), "throughput: 42\n");
    for (String[] command : new String[][] {{"config", "show"}, {"rules", "list"}, {"diagnose", "--lab"}}) {
      String[] args = Stream.concat(Stream.of(command), Stream.of("--config", file.toString())).toArray(String[]::new);
      Launcher.assertBadInput(Launcher.run(args), file + ":1:13: throughput must be an http(s) URL, got \"42\"");
    }
    Launcher.assertBadInput(Launcher.run("--config", file.toString(), "config", "show"), file + ":1:13:");
  }

  private void assertRefused(Consumer<Map<String, String>> env, String message, String... extra) {
    String url = "http://127.0.0.1:" + target.getAddress().getPort() + "/";
    Path saved = dir.resolve("never.json");
    String[] args = Stream.concat(Stream.of("diagnose", url, "--save-facts", saved.toString()), Stream.of(extra))
        .toArray(String[]::new);
    Launcher.Run run = Launcher.run(env, args);
    Launcher.assertBadInput(run, message);
    assertThat(run.stderr()).as(run.toString()).doesNotContain("Checking");
    assertThat(saved).doesNotExist();
    assertThat(requests.get()).as("requests the target received").isZero();
  }
}
