package org.gatewaydoctor.rules.scenario;

import org.gatewaydoctor.rules.authoring.Scenario;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.gatewaydoctor.facts.report.CauseAssessment;
import org.gatewaydoctor.facts.report.Diagnosis;
import org.gatewaydoctor.facts.report.ReportJson;
import org.gatewaydoctor.rules.Diagnoser;
import org.gatewaydoctor.rules.reasoning.Consistency;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Properties every report must have, checked on every scenario. */
class ScenarioInvariantsTest {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{[a-zA-Z][a-zA-Z0-9_.-]*}");

  private static Diagnoser diagnoser;
  private static final ReportJson JSON = new ReportJson();

  @BeforeAll
  static void loadRuleBase() throws Exception {
    diagnoser = Diagnoser.builtIn();
  }

  static Stream<Scenario> scenarios() {
    return Scenarios.all().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  void noTextHasAnUnfilledPlaceholder(Scenario scenario) {
    List<String> texts = ReportTexts.of(diagnoser.diagnose(scenario.bundle()));
    assertThat(texts).noneMatch(t -> PLACEHOLDER.matcher(t).find());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  void theSameBundleGivesByteIdenticalReports(Scenario scenario) {
    String first = JSON.write(diagnoser.diagnose(scenario.bundle()));
    String second = JSON.write(diagnoser.diagnose(scenario.bundle()));
    assertThat(second).isEqualTo(first);
  }

  // Guards a Drools node-sharing bug seen here (RuleBase.UNSHARED_BETA_NODES): a certainty that
  // stops following its evidence would differ from the combination of the listed weights (the
  // report rounds weights to three decimals, hence the tolerance).
  // A broader cause holds as surely as its most certain sub-cause or its own evidence, whichever is
  // more (CertaintyFactors.broader).
  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  void everyCertaintyIsTheCombinationOfItsListedEvidence(Scenario scenario) {
    for (CauseAssessment c : diagnoser.diagnose(scenario.bundle()).causes()) {
      assertThat(c.certainty()).as(c.id()).isCloseTo(ListedEvidence.certainty(c),
          org.assertj.core.data.Offset.offset(0.01));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  void everyAdvisedSolutionAddressesOnlyOpenCausesInOrderOfTheirState(Scenario scenario) {
    Diagnosis d = diagnoser.diagnose(scenario.bundle());
    int previousBest = -1;
    for (var s : d.solutions()) {
      int best = Integer.MAX_VALUE;
      for (String id : s.addresses()) {
        CauseAssessment c = d.causes().stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
        assertThat(c.state().name()).as("%s addresses %s", s.id(), id).isIn("CONFIRMED", "LIKELY", "POSSIBLE");
        best = Math.min(best, c.state().ordinal());
      }
      assertThat(best).as("%s is ranked after a solution for a less established cause", s.id())
          .isGreaterThanOrEqualTo(previousBest);
      previousBest = best;
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  void noReportContradictsItself(Scenario scenario) {
    assertThat(Consistency.contradictions(diagnoser.diagnose(scenario.bundle()))).isEmpty();
  }

  @Test
  void diagnosesFromManyThreadsAtOnceGiveTheSameReports() throws Exception {
    List<Scenario> all = Scenarios.all();
    List<String> expected = all.stream().map(s -> JSON.write(diagnoser.diagnose(s.bundle()))).toList();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<String>> futures = new ArrayList<>();
      for (int round = 0; round < 3; round++) {
        for (Scenario s : all) {
          futures.add(pool.submit(() -> JSON.write(diagnoser.diagnose(s.bundle()))));
        }
      }
      for (int i = 0; i < futures.size(); i++) {
        assertThat(futures.get(i).get()).isEqualTo(expected.get(i % all.size()));
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
