package org.gatewaydoctor.rules.scenario;

import org.gatewaydoctor.rules.authoring.Scenario;
import org.gatewaydoctor.rules.authoring.ScenarioCheck;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.gatewaydoctor.facts.report.Diagnosis;
import org.gatewaydoctor.facts.report.ReportJson;
import org.gatewaydoctor.rules.Diagnoser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every scenario's expectations hold on the built-in rule base, compiled at build time. Each
 * report is also written to {@code target/scenario-reports/<id>.json} for authors to read
 * (docs/scenarios.md). {@code -Dgatewaydoctor.scenario=TEXT} runs only the scenarios whose id
 * contains TEXT.
 */
class ScenarioSuiteTest {

  /** Where each scenario's report is written, relative to the module. */
  static final Path REPORTS = Path.of("target/scenario-reports");

  private static Diagnoser diagnoser;
  private static ScenarioCheck check;
  private static final ReportJson JSON = new ReportJson();

  @BeforeAll
  static void loadRuleBase() throws Exception {
    diagnoser = Diagnoser.builtIn();
    check = new ScenarioCheck(diagnoser.catalog());
    Files.createDirectories(REPORTS);
  }

  static Stream<Scenario> scenarios() {
    String only = System.getProperty("gatewaydoctor.scenario", "");
    return Scenarios.all().stream().filter(s -> s.id().contains(only));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  void diagnosesScenarioAsExpected(Scenario scenario) throws IOException {
    Diagnosis d = diagnoser.diagnose(scenario.bundle());
    Files.writeString(REPORTS.resolve(scenario.id() + ".json"), JSON.write(d));
    List<String> failures = check.failures(scenario, d);
    assertThat(failures).as("%s: %s", scenario.id(), scenario.name()).isEmpty();
  }

  @Test
  void theSuiteHasAtLeastFortyScenarios() {
    assertThat(Scenarios.all()).hasSizeGreaterThanOrEqualTo(40);
  }
}
