package org.gatewaydoctor.rules.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.gatewaydoctor.facts.report.ReportJson;
import org.gatewaydoctor.rules.Diagnoser;
import org.gatewaydoctor.rules.authoring.Scenario;
import org.gatewaydoctor.rules.catalog.CatalogLoader;
import org.gatewaydoctor.rules.engine.RuleBase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every scenario's report is byte for byte the same with the catalogue generated at build time
 * ({@link CatalogLoader#builtIn}, issue 15) as with the catalogue read from the YAML files.
 * PrebuiltCatalogTest checks that {@code builtIn()} is the generated one.
 */
class PrebuiltCatalogScenariosTest {

  private static final ReportJson JSON = new ReportJson();
  private static Diagnoser generated;
  private static Diagnoser yaml;

  @BeforeAll
  static void buildBoth() throws Exception {
    RuleBase rules = RuleBase.precompiled();
    generated = new Diagnoser(rules, new CatalogLoader().builtIn());
    yaml = new Diagnoser(rules, new CatalogLoader().load(null));
  }

  static Stream<Scenario> scenarios() {
    return Scenarios.all().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  void generatedCatalogueWritesTheSameReportAsTheYaml(Scenario scenario) {
    assertThat(JSON.write(generated.diagnose(scenario.bundle())))
        .isEqualTo(JSON.write(yaml.diagnose(scenario.bundle())));
  }
}
