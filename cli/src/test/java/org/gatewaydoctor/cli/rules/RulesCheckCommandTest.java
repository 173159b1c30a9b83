package org.gatewaydoctor.cli.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(120)
class RulesCheckCommandTest {

  @TempDir
  Path dir;

  @Test
  void checksTheBuiltInRuleBaseWithoutADirectory() {
    Cli.Run run = Cli.run("rules", "check");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.stdout()).containsPattern("(?m)^built-in: ok, \\d+ rules in \\d+ areas; catalogue valid$");
  }

  @Test
  void printsTheFileAndLineOfABrokenRuleAndExitsWithTwo() throws IOException {
    Files.writeString(dir.resolve("broken.drl"), """
        package corp.rules;

        import org.gatewaydoctor.facts.http.HttpExchange;

        // field note
        rule "A broken rule"
        when
          HttpExchange( nosuchfield == 1 )
        then
        end
        """);

    Cli.Run run = Cli.run("rules", "check", dir.toString());

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
    assertThat(run.stdout()).containsPattern("(?m)^broken\\.drl:8(:\\d+)?: ");
  }

  @Test
  void printsTheFileAndLineOfACatalogueMistakeTheCompilerCannotSee() throws IOException {
    Files.createDirectories(dir.resolve("catalog"));
    Files.writeString(dir.resolve("catalog/thresholds.yaml"), "# my numbers\nhttp.latency.high.ms: 0.5\n");

    Cli.Run run = Cli.run("rules", "check", dir.toString());

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
    assertThat(run.stdout()).contains("catalog/thresholds.yaml:2:23: threshold http.latency.high.ms = 0.5:")
        .containsPattern("(?m)^.*: 1 problem$");
  }

  @Test
  void refusesADirectoryThatDoesNotExist() {
    Cli.Run run = Cli.run("rules", "check", dir.resolve("nope").toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.stderr()).contains("nope: no such directory; expected a rule directory");
  }

  @Test
  void helpListsTheRuleAuthorsExitCodesNotTheVerdicts() {
    Cli.Run run = Cli.run("rules", "--help");

    assertThat(run.stdout()).contains("Exit codes:").contains("check").contains("test").doesNotContain("service's side")
        .doesNotContain("your network");
    assertThat(Cli.run("rules", "check", "--help").stdout()).doesNotContain("service's side");
  }
}
