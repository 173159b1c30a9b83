package org.gatewaydoctor.cli.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.TreeSet;
import org.gatewaydoctor.cli.ExitCode;
import org.gatewaydoctor.cli.lab.LabScenario;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every lab scenario, diagnosed by the real launcher with the real probes on loopback: the verdict's
 * side and the exit code are the ones the scenario stages (the wording is the rule base's business).
 */
@Timeout(600)
class LabScenariosIT {

  @ParameterizedTest(name = "{0}")
  @EnumSource(LabScenario.class)
  void theLabScenarioGetsTheVerdictItStages(LabScenario scenario) {
    Launcher.Run run = Launcher.run("diagnose", "--lab", scenario.id(), "--format", "json");

    assertThat(run.json().at("/verdict/side").asText()).as(run.toString()).isEqualTo(scenario.expected().name());
    assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.of(scenario.expected()).code());
    assertThat(run.json().at("/probes").findValuesAsText("id")).contains("dns", "http", "status-page",
        "connectivity", "network");
    // Not a terminal: progress comes as plain lines, one per event, with no control sequences.
    assertThat(run.stderr()).contains("Checking \"http://").containsPattern("(?m)^  http +done in \\d+ ms$")
        .doesNotContain("\u001b[");
    // Nothing but progress: no library's log lines (Drools advises rule authors at load time).
    assertThat(run.stderr()).doesNotContain("WARN").doesNotContain("org.drools");
    // docs/reasoning.md §8: no report confirms causes on two different sides.
    Set<String> confirmedSides = new TreeSet<>();
    run.json().at("/causes").forEach(c -> {
      if (c.at("/state").asText().equals("confirmed")) {
        confirmedSides.add(c.at("/side").asText());
      }
    });
    assertThat(confirmedSides).as(run.toString()).hasSizeLessThanOrEqualTo(1);
  }
}
