package org.gatewaydoctor.cli.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(120)
class RulesTestCommandTest {

  /** A scenario of the built-in suite: Caddy's empty 502 (its expectations hold with the built-in rules). */
  private static final Path CADDY = Path.of("../rules/src/test/resources/scenarios/caddy-502-empty-body.yaml");

  @TempDir
  Path dir;

  private String caddy;

  @BeforeEach
  void readScenario() throws IOException {
    caddy = Files.readString(CADDY);
    Files.createDirectories(dir.resolve("scenarios"));
  }

  @Test
  void passesAScenarioWhoseDiagnosisIsAsExpected() throws IOException {
    Files.writeString(dir.resolve("scenarios/caddy.yaml"), caddy);

    Cli.Run run = Cli.run("rules", "test", dir.toString());

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.stdout()).contains("PASS  caddy  Caddy answers 502 with an empty body")
        .contains("1 scenario: 1 passed, 0 failed");
  }

  @Test
  void failsAScenarioWithExpectedAgainstActualAndExitsWithOne() throws IOException {
    Files.writeString(dir.resolve("scenarios/caddy.yaml"), caddy);
    Files.writeString(dir.resolve("scenarios/wrong.yaml"), caddy.replace("verdict: SERVICE", "verdict: YOUR_NETWORK")
        .replace("product: caddy", "product: nginx"));

    Cli.Run run = Cli.run("rules", "test", dir.toString());

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
    assertThat(run.stdout()).contains("PASS  caddy").contains("FAIL  wrong")
        .containsPattern("verdict\\n\\s+- expected: YOUR_NETWORK\\n\\s+\\+ actual:   SERVICE \\(\"")
        .containsPattern("gateway\\n\\s+- expected: nginx\\n\\s+\\+ actual:   caddy")
        .contains("2 scenarios: 1 passed, 1 failed");
  }

  @Test
  void runsNamedScenarioFilesAgainstTheBuiltInRules() {
    Cli.Run run = Cli.run("rules", "test", CADDY.toString());

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.stdout()).contains("PASS  caddy-502-empty-body").contains("(rules: built-in)");
  }

  @Test
  void runsOneScenarioOfADirectoryByName() throws IOException {
    Files.writeString(dir.resolve("scenarios/caddy.yaml"), caddy);
    Files.writeString(dir.resolve("scenarios/other.yaml"), "name: broken\n");

    Cli.Run run = Cli.run("rules", "test", dir.toString(), "caddy");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.stdout()).contains("1 scenario: 1 passed");
  }

  @Test
  void reportsAScenarioFileThatCannotBeReadAndExitsWithTwo() throws IOException {
    Files.writeString(dir.resolve("scenarios/bad.yaml"), "name: no bundle\nexpect: {verdict: SERVICE}\n");

    Cli.Run run = Cli.run("rules", "test", dir.toString());

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
    assertThat(run.stdout()).contains("ERROR bad: ").contains("needs exactly one of bundle");
  }

  @Test
  void refusesToRunWithoutScenarios() {
    Cli.Run run = Cli.run("rules", "test", dir.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.stderr()).contains("no scenario files (*.yaml)");
    assertThat(Cli.run("rules", "test", "no-such.yaml").stderr()).contains("no-such.yaml: no such scenario file");
  }
}
