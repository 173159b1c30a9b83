package org.gatewaydoctor.rules.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.gatewaydoctor.facts.report.Diagnosis;
import org.gatewaydoctor.rules.Diagnoser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every scenario's expectations hold on the built-in rule base, compiled at build time. */
class ScenarioSuiteTest {

  private static Diagnoser diagnoser;
  private static ScenarioCheck check;

  @BeforeAll
  static void loadRuleBase() throws Exception {
    diagnoser = Diagnoser.builtIn();
    check = new ScenarioCheck(diagnoser.catalog());
  }

  static Stream<Scenario> scenarios() {
    return Scenarios.all().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  void diagnosesScenarioAsExpected(Scenario scenario) {
    Diagnosis d = diagnoser.diagnose(scenario.bundle());
    List<String> failures = check.failures(scenario, d);
    assertThat(failures).as("%s: %s", scenario.id(), scenario.name()).isEmpty();
  }

  @Test
  void theSuiteHasAtLeastFortyScenarios() {
    assertThat(Scenarios.all()).hasSizeGreaterThanOrEqualTo(40);
  }
}
