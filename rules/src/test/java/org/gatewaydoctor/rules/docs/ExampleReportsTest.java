package org.gatewaydoctor.rules.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.gatewaydoctor.facts.bundle.BundleReader;
import org.gatewaydoctor.facts.report.ReportJson;
import org.gatewaydoctor.rules.Diagnoser;
import org.gatewaydoctor.rules.reasoning.Consistency;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every report in docs/examples is exactly what the built-in rule base writes for the bundle of the
 * same name (each example bundle has one), so the documentation never shows a report the product
 * would not give. Run with -Dgatewaydoctor.docs.update=true to rewrite them.
 */
class ExampleReportsTest {

  private static final Path EXAMPLES = Path.of("../docs/examples");
  private static final ReportJson JSON = new ReportJson();
  private static final String REGENERATE = RulesDocument.REGENERATE.replace("RulesDocumentTest", "ExampleReportsTest");
  private static Diagnoser diagnoser;

  @BeforeAll
  static void load() throws Exception {
    diagnoser = Diagnoser.builtIn();
  }

  static Stream<Path> bundles() throws IOException {
    try (Stream<Path> files = Files.list(EXAMPLES)) {
      List<Path> bundles = files.filter(p -> p.getFileName().toString().endsWith(".bundle.json")).sorted().toList();
      assertThat(bundles).as("example bundles in %s", EXAMPLES).isNotEmpty();
      return bundles.stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("bundles")
  void theExampleReportIsWhatTheRuleBaseWritesForItsBundle(Path bundle) throws Exception {
    Path report = bundle.resolveSibling(bundle.getFileName().toString().replace(".bundle.json", ".report.json"));
    String generated = JSON.write(diagnoser.diagnose(new BundleReader().read(bundle).bundle())) + "\n";
    if (Boolean.getBoolean("gatewaydoctor.docs.update")) {
      Files.writeString(report, generated);
    }
    assertThat(report).as("the report of %s; generate it with %s", bundle, REGENERATE).exists();
    assertThat(Files.readString(report))
        .as("%s is stale; regenerate it with %s", report, REGENERATE)
        .isEqualTo(generated);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("bundles")
  void noExampleReportContradictsItself(Path bundle) throws Exception {
    assertThat(Consistency.contradictions(diagnoser.diagnose(new BundleReader().read(bundle).bundle()))).isEmpty();
  }
}
