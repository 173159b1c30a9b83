package org.gatewaydoctor.cli.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.gatewaydoctor.cli.lab.LabScenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Help, version, completion, the lab listing and the rule author's commands, through the launcher. */
@Timeout(600)
class CommandsIT {

  @Test
  void helpListsTheCommandsAndEveryExitCode() {
    Launcher.Run run = Launcher.run("--help");

    assertThat(run.exitCode()).isZero();
    assertThat(run.stdout()).contains("diagnose").contains("rules").contains("generate-completion")
        .contains("Exit codes:").containsPattern("(?m)^ +0 +Nothing wrong").containsPattern("(?m)^ +70 +Internal error");
    for (String code : new String[] {"2", "3", "4", "5", "6"}) {
      assertThat(run.stdout()).containsPattern("(?m)^ +" + code + " +\\S");
    }
  }

  @Test
  void everySubcommandHasHelpWithTheExitCodes() {
    for (String[] args : new String[][] {{"diagnose", "--help"}, {"rules", "--help"}, {"rules", "check", "--help"}}) {
      Launcher.Run run = Launcher.run(args);
      assertThat(run.exitCode()).as(run.toString()).isZero();
      assertThat(run.stdout()).as(run.toString()).startsWith("Usage: gateway-doctor").contains("Exit codes:");
    }
  }

  @Test
  void versionNamesTheToolAndItsJava() {
    Launcher.Run run = Launcher.run("--version");
    assertThat(run.exitCode()).isZero();
    assertThat(run.stdout()).startsWith("gateway-doctor ").contains("Java 1");
  }

  @Test
  void generatesABashCompletionScript() {
    Launcher.Run run = Launcher.run("generate-completion");
    assertThat(run.exitCode()).isZero();
    assertThat(run.stdout()).contains("complete -F").contains("gateway-doctor").contains("--lab")
        .contains("cloudflare-origin-down").doesNotContain("\u001b");
  }

  @Test
  void listsTheLabScenarios() {
    Launcher.Run run = Launcher.run("diagnose", "--lab", "list");
    assertThat(run.exitCode()).isZero();
    for (LabScenario s : LabScenario.values()) {
      assertThat(run.stdout()).contains(s.id());
    }
  }

  @Test
  void listsTheRulesByArea() {
    Launcher.Run run = Launcher.run("rules", "list");
    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.stdout()).containsPattern("(?m)^verdict \\(org\\.gatewaydoctor\\.rules\\.verdict\\)$")
        .containsPattern("(?m)^\\d+ rules in \\d+ areas \\(built-in\\)$");
  }

  @Test
  void checksAValidRuleDirectory() {
    Launcher.Run run = Launcher.run("rules", "check", Launcher.RESOURCES.resolve("rules/device-side").toString());
    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.stdout()).contains("device-side: ok");
  }

  @Test
  void checkNamesTheFileAndLineOfEachProblem() {
    Launcher.Run run = Launcher.run("rules", "check", Launcher.RESOURCES.resolve("rules/broken").toString());
    assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
    assertThat(run.stdout()).containsPattern("(?m)^broken\\.drl:\\d+(:\\d+)?: ");
  }
}
