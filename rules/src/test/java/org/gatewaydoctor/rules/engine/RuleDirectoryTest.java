package org.gatewaydoctor.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.gatewaydoctor.facts.report.Diagnosis;
import org.gatewaydoctor.facts.report.Finding;
import org.gatewaydoctor.facts.report.SolutionAdvice;
import org.gatewaydoctor.rules.Diagnoser;
import org.gatewaydoctor.rules.catalog.CatalogException;
import org.gatewaydoctor.rules.authoring.Scenario;
import org.gatewaydoctor.rules.authoring.ScenarioLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Support staff change the knowledge without rebuilding: a rule directory adds or replaces rule
 * files and catalogue entries, and a rule that does not compile comes back with its file and line.
 */
class RuleDirectoryTest {

  private static Scenario cloudflare521;
  private static Scenario healthy;

  @TempDir
  Path dir;

  @BeforeAll
  static void loadScenarios() throws Exception {
    ScenarioLoader loader = new ScenarioLoader();
    cloudflare521 = loader.load(Path.of("src/test/resources/scenarios/cloudflare-521-origin-down.yaml"));
    healthy = loader.load(Path.of("src/test/resources/scenarios/healthy-github-http-only.yaml"));
  }

  @Test
  void anAddedRuleFileAndItsCatalogueEntriesTakePartInTheDiagnosis() throws Exception {
    write("corp/corp.drl", """
        package org.gatewaydoctor.rules.corp;

        import org.gatewaydoctor.facts.http.HttpExchange;
        import org.gatewaydoctor.rules.model.Finding;

        // Our own edge marks planned downtime with this header (support wiki, page "Maintenance").
        rule "The company's edge announces maintenance in a header"
        when
          $h : HttpExchange( hasHeader( "x-corp-maintenance" ) )
        then
          insertLogical( Finding.of( "CORP_MAINTENANCE_HEADER", $h ) );
        end
        """);
    write("catalog/findings.yaml", "CORP_MAINTENANCE_HEADER: \"{host} says it is in planned maintenance (x-corp-maintenance).\"\n");
    write("catalog/causes.yaml", """
        - id: planned-maintenance
          title: The service is in planned maintenance
          side: service
          explanation: The service announced maintenance that is in progress now.
          probes: [status-page, http]
          evidence:
            CORP_MAINTENANCE_HEADER: 0.9
            STATUS_PAGE_MAINTENANCE: 0.85
        """);
    Path bundle = write("maintenance.yaml", """
        name: our edge in maintenance
        bundle:
          createdAt: "2026-11-26T10:00:00Z"
          target: {url: "https://intranet.example.com/", service: generic, host: intranet.example.com}
          observations:
            http:
              - {sample: 1, source: probe, method: GET, url: "https://intranet.example.com/", status: 503,
                 headers: [{name: x-corp-maintenance, value: "until 11:00"}], bodyTruncated: false}
          probes: [{id: http, status: ok, durationMs: 100}]
        expect: {}
        """);

    Diagnoser diagnoser = Diagnoser.fromDirectory(dir);
    Diagnosis d = diagnoser.diagnose(new ScenarioLoader().load(bundle).bundle());

    assertThat(d.findings()).extracting(Finding::code).contains("CORP_MAINTENANCE_HEADER");
    assertThat(d.findings()).filteredOn(f -> f.code().equals("CORP_MAINTENANCE_HEADER")).singleElement()
        .satisfies(f -> {
          assertThat(f.rule()).isEqualTo("The company's edge announces maintenance in a header");
          assertThat(f.text()).isEqualTo("intranet.example.com says it is in planned maintenance (x-corp-maintenance).");
        });
    assertThat(d.causes().get(0).id()).isEqualTo("planned-maintenance");
    assertThat(d.generator()).contains("rules from " + dir);
  }

  @Test
  void aCatalogueOverlayReplacesEntriesById() throws Exception {
    write("thresholds.yaml", "wait.default.seconds: 300\n");
    write("solutions.yaml", """
        - id: contact-support
          title: Call the help desk
          addresses: [server-overload, origin-down]
          seconds: 600
          risk: none
          steps:
            - Call extension 4242 and quote the report.
        """);

    Diagnosis d = Diagnoser.fromDirectory(dir).diagnose(cloudflare521.bundle());

    SolutionAdvice wait = d.solutions().stream().filter(s -> s.id().equals("wait-and-retry")).findFirst().orElseThrow();
    assertThat(wait.waitSeconds()).isEqualTo(300);
    SolutionAdvice support = d.solutions().stream().filter(s -> s.id().equals("contact-support")).findFirst().orElseThrow();
    assertThat(support.title()).isEqualTo("Call the help desk");
    assertThat(support.steps()).containsExactly("Call extension 4242 and quote the report.");
  }

  @Test
  void aRuleFileWithTheNameOfABuiltInOneReplacesIt() throws Exception {
    // An empty status page area: the built-in statuspage.drl no longer applies.
    write("statuspage.drl", "package org.gatewaydoctor.rules.statuspage;\n");
    Diagnoser diagnoser = Diagnoser.fromDirectory(dir);

    assertThat(diagnoser.ruleBase().rules()).noneMatch(r -> r.area().equals("statuspage"));
    assertThat(diagnoser.diagnose(cloudflare521.bundle()).findings()).extracting(Finding::code)
        .doesNotContain("STATUS_PAGE_OPERATIONAL", "OUTAGE_NOT_ACKNOWLEDGED");
  }

  @Test
  void aSyntaxErrorIsReportedWithItsFileLineAndColumn() throws Exception {
    write("corp/broken.drl", """
        package org.gatewaydoctor.rules.corp;

        import org.gatewaydoctor.facts.http.HttpExchange;

        rule "A rule missing its closing parenthesis"
        when
          $h : HttpExchange( status == 502
        then
        end
        """);

    assertThatThrownBy(() -> Diagnoser.fromDirectory(dir))
        .isInstanceOfSatisfying(RuleBaseException.class, e -> {
          assertThat(e.messages()).isNotEmpty();
          RuleMessage first = e.messages().get(0);
          assertThat(first.file()).isEqualTo("corp/broken.drl");
          assertThat(first.line()).isEqualTo(8);
          assertThat(first.column()).isPositive();
          assertThat(e.getMessage()).startsWith(dir + ": ").contains("corp/broken.drl:8");
        });
  }

  @Test
  void anUnknownFieldIsReportedWithItsFileAndTheLineOfTheConstraint() throws Exception {
    write("corp/typo.drl", """
        package org.gatewaydoctor.rules.corp;

        import org.gatewaydoctor.facts.http.HttpExchange;
        import org.gatewaydoctor.rules.model.Finding;

        rule "A rule with a misspelt field"
        when
          $h : HttpExchange( stauts == 502 )
        then
          insertLogical( Finding.of( "TYPO", $h ) );
        end
        """);

    assertThatThrownBy(() -> Diagnoser.fromDirectory(dir))
        .isInstanceOfSatisfying(RuleBaseException.class, e -> {
          RuleMessage m = e.messages().get(0);
          assertThat(m.file()).isEqualTo("corp/typo.drl");
          assertThat(m.line()).isEqualTo(8);
          assertThat(m.text()).contains("stauts");
        });
  }

  @Test
  void aBrokenCatalogueOverlayIsRefusedWithItsFileAndPlace() throws Exception {
    write("catalog/causes.yaml", """
        - id: planned-maintenance
          title: The service is in planned maintenance
          side: elsewhere
          explanation: x
          probes: [status-page]
          evidence: {STATUS_PAGE_MAINTENANCE: 0.85}
        """);

    assertThatThrownBy(() -> Diagnoser.fromDirectory(dir))
        .isInstanceOf(CatalogException.class)
        .hasMessageContaining("causes.yaml: planned-maintenance: side must be one of")
        .hasMessageContaining("elsewhere");
  }

  @Test
  void anOverlayEntryWithoutAnIdIsRefused() throws Exception {
    write("catalog/solutions.yaml", "- title: Something without an id\n  steps: [x]\n");

    assertThatThrownBy(() -> Diagnoser.fromDirectory(dir))
        .isInstanceOf(CatalogException.class)
        .hasMessageContaining("solutions.yaml (overlay): every entry needs an id");
  }

  @Test
  void anEmptyRuleDirectoryBehavesLikeTheBuiltInRules() throws Exception {
    Diagnosis builtIn = Diagnoser.builtIn().diagnose(healthy.bundle());
    Diagnosis fromDir = Diagnoser.fromDirectory(dir).diagnose(healthy.bundle());
    assertThat(fromDir.verdict()).isEqualTo(builtIn.verdict());
    assertThat(fromDir.causes()).isEqualTo(builtIn.causes());
  }

  @Test
  void aMissingDirectoryIsRefusedWithItsPath() {
    Path missing = dir.resolve("nope");
    assertThatThrownBy(() -> Diagnoser.fromDirectory(missing)).hasMessage(missing + ": not a directory");
  }

  private Path write(String relative, String text) throws Exception {
    Path file = dir.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
    return file;
  }
}
