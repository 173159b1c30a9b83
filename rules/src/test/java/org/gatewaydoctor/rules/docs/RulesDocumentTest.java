package org.gatewaydoctor.rules.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.gatewaydoctor.rules.Diagnoser;
import org.gatewaydoctor.rules.authoring.ScenarioLoader;
import org.gatewaydoctor.rules.catalog.CauseDef;
import org.gatewaydoctor.rules.catalog.UniformFailure;
import org.gatewaydoctor.rules.engine.RuleInfo;
import org.gatewaydoctor.rules.engine.RuleSources;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * docs/rules.md is generated from the knowledge and must not be stale; the knowledge must hang
 * together (every rule names its source, every linked finding is produced by a rule, every seed
 * line is traced). Run with -Dgatewaydoctor.docs.update=true to rewrite the file.
 */
class RulesDocumentTest {

  private static final Path DOC = Path.of("../docs/rules.md");
  private static final Path SCENARIOS = Path.of("src/test/resources/scenarios");
  private static final List<String> SEED_CAUSES =
      List.of("server-overload", "network-issue", "browser-issue", "firewall-block", "dns-issue");
  private static final List<String> SEED_SOLUTIONS = List.of("refresh-page", "check-internet-connection",
      "clear-cache-and-cookies", "change-browser", "check-status-page", "sign-out-and-in", "use-incognito", "change-dns",
      "wait-and-retry", "contact-support");

  private static Diagnoser diagnoser;
  private static DrlIndex drl;
  private static RulesDocument document;

  @BeforeAll
  static void generate() throws Exception {
    diagnoser = Diagnoser.builtIn();
    drl = new DrlIndex(new RuleSources().builtIn(), List.of(new DrlIndex.Table("UniformFailure",
        diagnoser.catalog().uniformFailures().stream().map(UniformFailure::finding).toList(),
        diagnoser.catalog().uniformFailures().stream().map(UniformFailure::unless).filter(Objects::nonNull).toList())));
    document = new RulesDocument(diagnoser.catalog(), drl, new ScenarioLoader().loadAll(SCENARIOS));
  }

  @Test
  void docsRulesMdIsUpToDate() throws Exception {
    String generated = document.render();
    if (Boolean.getBoolean("gatewaydoctor.docs.update")) {
      Files.createDirectories(DOC.getParent());
      Files.writeString(DOC, generated);
    }
    assertThat(Files.exists(DOC)).as("%s is missing; regenerate it with %s", DOC, RulesDocument.REGENERATE).isTrue();
    assertThat(Files.readString(DOC))
        .as("docs/rules.md is stale; regenerate it with %s", RulesDocument.REGENERATE)
        .isEqualTo(generated);
  }

  @Test
  void everyRuleOfTheRuleBaseIsIndexedWithItsSource() {
    Set<String> compiled = diagnoser.ruleBase().rules().stream().map(RuleInfo::name).collect(Collectors.toCollection(TreeSet::new));
    Set<String> indexed = drl.rules().stream().map(DrlIndex.RuleEntry::name).collect(Collectors.toCollection(TreeSet::new));
    assertThat(indexed).isEqualTo(compiled);
    assertThat(drl.rules()).allSatisfy(r -> assertThat(r.source()).as("the comment above \"%s\" (%s:%d)", r.name(),
        r.file(), r.line()).isNotBlank());
  }

  @Test
  void everyFindingACauseWeighsIsProducedByARuleAndHasAText() {
    for (CauseDef c : diagnoser.catalog().causes()) {
      for (String code : c.evidence().keySet()) {
        assertThat(document.producersOf(code)).as("rules producing %s (linked from %s)", code, c.id()).isNotEmpty();
      }
    }
    drl.rules().forEach(r -> r.produces().forEach(code ->
        assertThat(diagnoser.catalog().findingTexts()).as("text of %s (produced by \"%s\")", code, r.name()).containsKey(code)));
  }

  @Test
  void everySeedCauseAndSolutionIsTracedToTheGuideAndToRules() {
    Set<String> causes = document.seedLines().stream().flatMap(l -> l.causes().stream()).collect(Collectors.toSet());
    Set<String> solutions = document.seedLines().stream().flatMap(l -> l.solutions().stream()).collect(Collectors.toSet());
    assertThat(causes).containsAll(SEED_CAUSES);
    assertThat(solutions).containsAll(SEED_SOLUTIONS);
    Set<String> ruleNames = drl.rules().stream().map(DrlIndex.RuleEntry::name).collect(Collectors.toSet());
    for (SeedLine line : document.seedLines()) {
      line.causes().forEach(id -> assertThat(diagnoser.catalog().cause(id)).as(id).isPresent());
      line.solutions().forEach(id -> assertThat(diagnoser.catalog().solution(id)).as(id).isPresent());
      assertThat(ruleNames).as("rules named for \"%s\"", line.quote()).containsAll(line.rules());
      assertThat(document.rulesFor(line)).as("rules behind \"%s\"", line.quote()).isNotEmpty().allMatch(ruleNames::contains);
    }
  }

  /** The promise for the seed: each item is concluded or recommended by a rule and shown by a scenario. */
  @Test
  void everySeedCauseAndSolutionHasARuleThatReachesItAndAScenarioThatShowsIt() {
    for (SeedLine line : document.seedLines()) {
      for (String cause : line.causes()) {
        assertThat(document.rulesConcluding(cause)).as("rules concluding %s (seed: \"%s\")", cause, line.quote()).isNotEmpty();
        assertThat(document.scenariosShowingCause(cause)).as("scenarios expecting %s on top or at least likely", cause)
            .isNotEmpty();
      }
      for (String solution : line.solutions()) {
        assertThat(document.rulesRecommending(solution)).as("rules recommending %s (seed: \"%s\")", solution, line.quote())
            .isNotEmpty();
        assertThat(document.scenariosShowingSolution(solution)).as("scenarios expecting %s to be advised", solution)
            .isNotEmpty();
      }
    }
  }

  /** Without scenarios nothing is shown, and the document says so instead of hiding the gap. */
  @Test
  void aSeedItemNoScenarioExpectsIsListedAsShownByNoScenario() {
    RulesDocument bare = new RulesDocument(diagnoser.catalog(), drl, List.of());
    assertThat(bare.scenariosShowingCause("dns-issue")).isEmpty();
    assertThat(bare.scenariosShowingSolution("change-dns")).isEmpty();
    assertThat(bare.render()).contains("- `dns-issue` is shown by no scenario\n");
    assertThat(document.scenariosShowingCause("dns-issue")).contains("dns-isp-resolver-nxdomain");
  }
}
