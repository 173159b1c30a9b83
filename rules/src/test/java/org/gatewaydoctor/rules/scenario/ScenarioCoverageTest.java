package org.gatewaydoctor.rules.scenario;

import org.gatewaydoctor.rules.authoring.Scenario;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.gatewaydoctor.facts.report.CauseState;
import org.gatewaydoctor.facts.report.Diagnosis;
import org.gatewaydoctor.facts.report.Side;
import org.gatewaydoctor.rules.Diagnoser;
import org.gatewaydoctor.rules.DiagnosisTrace;
import org.gatewaydoctor.rules.catalog.ProductDef;
import org.gatewaydoctor.rules.engine.RuleInfo;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What the suite as a whole must exercise: every seed cause at least three times, healthy and
 * conflicting cases, every gateway product, and every rule both firing and not firing.
 */
class ScenarioCoverageTest {

  private static final List<String> SEED_CAUSES =
      List.of("server-overload", "network-issue", "browser-issue", "firewall-block", "dns-issue");

  private static Diagnoser diagnoser;
  private static Map<Scenario, DiagnosisTrace> traces;

  @BeforeAll
  static void diagnoseAll() throws Exception {
    diagnoser = Diagnoser.builtIn();
    traces = new LinkedHashMap<>();
    for (Scenario s : Scenarios.all()) {
      traces.put(s, diagnoser.trace(s.bundle()));
    }
  }

  @Test
  void everySeedCauseIsAtLeastLikelyInThreeScenarios() {
    for (String cause : SEED_CAUSES) {
      List<String> where = traces.entrySet().stream()
          .filter(e -> e.getValue().diagnosis().causes().stream().anyMatch(c -> c.id().equals(cause)
              && (c.state() == CauseState.CONFIRMED || c.state() == CauseState.LIKELY)))
          .map(e -> e.getKey().id()).toList();
      assertThat(where).as("scenarios where %s is at least likely", cause).hasSizeGreaterThanOrEqualTo(3);
    }
  }

  @Test
  void atLeastThreeScenariosAreHealthy() {
    List<String> healthy = traces.entrySet().stream()
        .filter(e -> e.getKey().expect().nothingAbovePossible() && e.getKey().id().startsWith("healthy-"))
        .filter(e -> e.getValue().diagnosis().verdict().side() == Side.NONE)
        .map(e -> e.getKey().id()).toList();
    assertThat(healthy).hasSizeGreaterThanOrEqualTo(3);
  }

  @Test
  void atLeastFiveScenariosHaveConflictingEvidence() {
    assertThat(Scenarios.all().stream().filter(s -> s.id().startsWith("conflict-"))).hasSizeGreaterThanOrEqualTo(5);
  }

  /** Every product is named in some report: as the generator, a relay or a candidate (docs/reasoning.md §2). */
  @Test
  void everyGatewayProductIsIdentifiedInSomeScenario() {
    Set<String> identified = new TreeSet<>();
    for (var e : traces.entrySet()) {
      var gateway = e.getValue().diagnosis().gateway();
      if (e.getKey().expect().gateway() != null && gateway != null) {
        identified.add(gateway.product());
        gateway.relays().forEach(r -> identified.add(r.product()));
        gateway.candidates().forEach(c -> identified.add(c.product()));
      }
    }
    Set<String> products = diagnoser.catalog().products().stream().map(ProductDef::id)
        .collect(Collectors.toCollection(TreeSet::new));
    assertThat(identified).containsAll(products);
  }

  @Test
  void everyRuleFiresInSomeScenarioAndStaysQuietInAnother() {
    Set<String> all = diagnoser.ruleBase().rules().stream().map(RuleInfo::name)
        .collect(Collectors.toCollection(TreeSet::new));
    Set<String> fired = new TreeSet<>();
    Set<String> quietSomewhere = new TreeSet<>();
    for (DiagnosisTrace t : traces.values()) {
      fired.addAll(t.firedRules());
      all.stream().filter(r -> !t.firedRules().contains(r)).forEach(quietSomewhere::add);
    }
    assertThat(new TreeSet<>(all)).as("rules that never fire in any scenario").isSubsetOf(fired);
    assertThat(new TreeSet<>(all)).as("rules that fire in every scenario").isSubsetOf(quietSomewhere);
  }

  @Test
  void everyScenarioGetsAVerdict() {
    traces.values().stream().map(DiagnosisTrace::diagnosis).map(Diagnosis::verdict).forEach(v -> assertThat(v).isNotNull());
  }
}
