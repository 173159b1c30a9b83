package org.gatewaydoctor.rules.scenario;

import org.gatewaydoctor.rules.authoring.Scenario;
import org.gatewaydoctor.rules.authoring.ScenarioCheck;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.gatewaydoctor.facts.report.Diagnosis;
import org.gatewaydoctor.facts.report.ReportJson;
import org.gatewaydoctor.rules.Diagnoser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The same suite on a rule base compiled at run time by RuleCompiler (Drools' classic compiler,
 * as for an external rule directory), and its reports byte for byte equal to the precompiled
 * executable model's, apart from the generator line that names where the rules came from.
 */
class CompiledRuleBaseAgreementTest {

  private static Diagnoser precompiled;
  private static Diagnoser compiled;
  private static ScenarioCheck check;
  private static final ReportJson JSON = new ReportJson();

  @BeforeAll
  static void buildBoth(@TempDir Path empty) throws Exception {
    precompiled = Diagnoser.builtIn();
    // An empty rule directory: the built-in DRL and catalogue, compiled at run time.
    compiled = Diagnoser.fromDirectory(empty);
    check = new ScenarioCheck(compiled.catalog());
  }

  static Stream<Scenario> scenarios() {
    return Scenarios.all().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  void compiledRuleBaseMeetsTheScenario(Scenario scenario) {
    List<String> failures = check.failures(scenario, compiled.diagnose(scenario.bundle()));
    assertThat(failures).as("%s on the run-time compiled rule base", scenario.id()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  void bothRuleBasesWriteTheSameReport(Scenario scenario) {
    assertThat(withoutGenerator(compiled.diagnose(scenario.bundle())))
        .isEqualTo(withoutGenerator(precompiled.diagnose(scenario.bundle())));
  }

  private static String withoutGenerator(Diagnosis d) {
    String json = JSON.write(d);
    String masked = json.replaceFirst("\"generator\"\\s*:\\s*\"[^\"]*\"", "\"generator\": \"-\"");
    assertThat(masked).as("the report names its generator").isNotEqualTo(json);
    return masked;
  }
}
