package org.gatewaydoctor.cli.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(120)
class RulesListCommandTest {

  private static final Path CATALOG = Path.of("../rules/src/main/resources/catalog");

  @TempDir
  Path dir;

  /** The 1-based line of {@code text} in {@code file}. */
  private static int lineOf(Path file, String text) throws IOException {
    List<String> lines = Files.readAllLines(file);
    return lines.indexOf(text) + 1;
  }

  @Test
  void listsTheRulesByAreaWithoutAnOption() {
    Cli.Run run = Cli.run("rules", "list");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.stdout()).containsPattern("(?m)^\\d+ rules in \\d+ areas \\(built-in\\)$");
  }

  @Test
  void listsEachCauseWithTheFileAndLineDefiningIt() throws IOException {
    Cli.Run run = Cli.run("rules", "list", "--causes");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.stdout()).containsPattern("(?m)^dns-issue +Your DNS.*\\(classpath:catalog/causes\\.yaml:"
        + lineOf(CATALOG.resolve("causes.yaml"), "- id: dns-issue") + "\\)$");
  }

  @Test
  void listsSolutionsFingerprintsAndThresholdsWithTheirLines() throws IOException {
    assertThat(Cli.run("rules", "list", "--solutions").stdout()).containsPattern("(?m)^contact-support +.*"
        + "\\(classpath:catalog/solutions\\.yaml:" + lineOf(CATALOG.resolve("solutions.yaml"), "- id: contact-support")
        + "\\)$");
    assertThat(Cli.run("rules", "list", "--fingerprints").stdout()).containsPattern("(?m)^cloudflare +Cloudflare.*"
        + "\\(classpath:catalog/fingerprints\\.yaml:\\d+\\)$");
    assertThat(Cli.run("rules", "list", "--thresholds").stdout()).containsPattern("(?m)^state\\.likely +0\\.5 +"
        + "\\(classpath:catalog/thresholds\\.yaml:" + lineOf(CATALOG.resolve("thresholds.yaml"), "state.likely: 0.5")
        + "\\)$");
  }

  @Test
  void showsAnEntryOfARuleDirectoryWhereTheDirectoryDefinesIt() throws IOException {
    Files.createDirectories(dir.resolve("catalog"));
    Files.writeString(dir.resolve("catalog/thresholds.yaml"), "# mine\nhttp.latency.high.ms: 700\n");

    Cli.Run run = Cli.run("rules", "list", "--thresholds", "--rules", dir.toString());

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.stdout()).contains("http.latency.high.ms", "700  (" + dir.resolve("catalog/thresholds.yaml") + ":2)");
  }

  @Test
  void listsBuiltInAndConfiguredServicesWithTheirFiles() throws IOException {
    Path config = dir.resolve("corp.yaml");
    Files.writeString(config, "services:\n  - id: wiki\n    name: Intranet wiki\n    url: https://wiki.example/\n");

    Cli.Run run = Cli.run("rules", "list", "--services", "--config", config.toString());

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.stdout()).containsPattern("(?m)^chatgpt +ChatGPT +\\(classpath:org/gatewaydoctor/facts/service/"
        + "services\\.yaml:\\d+\\)$").containsPattern("(?m)^wiki +Intranet wiki +\\(" + java.util.regex.Pattern.quote(
            config.toString()) + ":2\\)$");
  }

  @Test
  void refusesTwoPartsAtOnce() {
    Cli.Run run = Cli.run("rules", "list", "--causes", "--solutions");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.stderr()).contains("mutually exclusive");
  }
}
