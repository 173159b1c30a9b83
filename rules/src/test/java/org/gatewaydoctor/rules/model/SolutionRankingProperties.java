package org.gatewaydoctor.rules.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.gatewaydoctor.facts.report.CauseState;

/** The ranking rules' candidates go through, as properties over arbitrary candidates. */
class SolutionRankingProperties {

  @Provide
  Arbitrary<List<SolutionCandidate>> candidates() {
    Arbitrary<SolutionCandidate> one = Combinators.combine(
        Arbitraries.of("refresh-page", "change-dns", "wait-and-retry", "clear-cache-and-cookies", "report-proxy"),
        Arbitraries.of("server-overload", "dns-issue", "network-issue", "browser-issue", "firewall-block"),
        Arbitraries.of(CauseState.class),
        Arbitraries.doubles().between(-1, 1).ofScale(3))
        .as(SolutionCandidate::new);
    return one.list().ofMaxSize(25);
  }

  @Property
  void aSolutionForARuledOutOrUncheckedCauseIsNeverRanked(@ForAll("candidates") List<SolutionCandidate> cs) {
    for (SolutionRanking.Ranked r : SolutionRanking.rank(cs)) {
      assertThat(r.best().state()).isIn(CauseState.CONFIRMED, CauseState.LIKELY, CauseState.POSSIBLE);
      for (String cause : r.causes()) {
        assertThat(cs).anySatisfy(c -> {
          assertThat(c.solution()).isEqualTo(r.solution());
          assertThat(c.cause()).isEqualTo(cause);
          assertThat(c.state()).isIn(CauseState.CONFIRMED, CauseState.LIKELY, CauseState.POSSIBLE);
        });
      }
    }
  }

  @Property
  void noSolutionIsRankedAboveOneForAMoreEstablishedCause(@ForAll("candidates") List<SolutionCandidate> cs) {
    List<SolutionRanking.Ranked> ranked = SolutionRanking.rank(cs);
    for (int i = 1; i < ranked.size(); i++) {
      SolutionCandidate before = ranked.get(i - 1).best();
      SolutionCandidate after = ranked.get(i).best();
      assertThat(before.state()).isLessThanOrEqualTo(after.state());
      if (before.state() == after.state()) {
        assertThat(before.score()).isGreaterThanOrEqualTo(after.score());
      }
    }
  }

  @Property
  void eachSolutionAppearsOnceWithItsBestCandidate(@ForAll("candidates") List<SolutionCandidate> cs) {
    List<SolutionRanking.Ranked> ranked = SolutionRanking.rank(cs);
    Set<String> seen = new HashSet<>();
    for (SolutionRanking.Ranked r : ranked) {
      assertThat(seen.add(r.solution())).as("%s ranked twice", r.solution()).isTrue();
      cs.stream().filter(c -> c.solution().equals(r.solution()))
          .filter(c -> c.state() == CauseState.CONFIRMED || c.state() == CauseState.LIKELY || c.state() == CauseState.POSSIBLE)
          .forEach(c -> assertThat(SolutionRanking.BEST_FIRST.compare(r.best(), c)).isLessThanOrEqualTo(0));
    }
  }

  @Property
  void theRankingDoesNotDependOnTheOrderOfCandidates(@ForAll("candidates") List<SolutionCandidate> cs) {
    List<SolutionCandidate> reversed = new java.util.ArrayList<>(cs);
    java.util.Collections.reverse(reversed);
    assertThat(SolutionRanking.rank(reversed).stream().map(SolutionRanking.Ranked::solution).toList())
        .isEqualTo(SolutionRanking.rank(cs).stream().map(SolutionRanking.Ranked::solution).toList());
  }
}
