package org.gatewaydoctor.rules.scenario;

import org.gatewaydoctor.rules.authoring.Scenario;
import org.gatewaydoctor.rules.authoring.ScenarioLoader;
import org.gatewaydoctor.rules.authoring.ScenarioCheck;
import org.gatewaydoctor.rules.authoring.ScenarioException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.gatewaydoctor.facts.report.Diagnosis;
import org.gatewaydoctor.rules.Diagnoser;
import org.gatewaydoctor.rules.engine.RuleBaseException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A support person's rule directory against the whole scenario suite, without writing Java
 * (docs/rule-authoring.md): {@code -Dgatewaydoctor.rules.dir=/path/to/dir} compiles the built-in
 * rules with the directory laid over them and runs every built-in scenario, plus the directory's
 * own scenarios in {@code <dir>/scenarios/}. Skipped when the property is not set.
 */
class RuleDirectoryScenariosTest {

  private static final String PROPERTY = "gatewaydoctor.rules.dir";

  private static Path dir() {
    String value = System.getProperty(PROPERTY, "");
    return value.isBlank() ? null : Path.of(value).toAbsolutePath();
  }

  static Stream<Scenario> scenarios() throws ScenarioException {
    Path dir = dir();
    if (dir == null) {
      return Stream.empty();
    }
    List<Scenario> all = new ArrayList<>(Scenarios.all());
    if (Files.isDirectory(dir.resolve("scenarios"))) {
      all.addAll(new ScenarioLoader().loadAll(dir.resolve("scenarios")));
    }
    return all.stream().filter(s -> s.id().contains(System.getProperty("gatewaydoctor.scenario", "")));
  }

  private static Diagnoser diagnoser;

  private static synchronized Diagnoser diagnoser() throws Exception {
    if (diagnoser == null) {
      try {
        diagnoser = Diagnoser.fromDirectory(dir());
      } catch (RuleBaseException e) {
        fail("the rule directory does not compile:\n" + e.messages().stream().map(Object::toString)
            .collect(Collectors.joining("\n")));
      }
    }
    return diagnoser;
  }

  @Test
  void theRuleDirectoryCompiles() throws Exception {
    assumeTrue(dir() != null, "set -D" + PROPERTY + "=DIR to test a rule directory");
    assertThat(diagnoser().ruleBase().origin()).isEqualTo(dir().toString());
  }

  @ParameterizedTest(name = "{0}", allowZeroInvocations = true)
  @MethodSource("scenarios")
  void diagnosesScenarioAsExpected(Scenario scenario) throws Exception {
    Diagnoser d = diagnoser();
    Diagnosis diagnosis = d.diagnose(scenario.bundle());
    assertThat(new ScenarioCheck(d.catalog()).failures(scenario, diagnosis))
        .as("%s: %s (rules from %s)", scenario.id(), scenario.name(), dir()).isEmpty();
  }
}
