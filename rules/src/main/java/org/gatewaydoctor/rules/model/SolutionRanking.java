package org.gatewaydoctor.rules.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.gatewaydoctor.facts.Immutable;
import org.gatewaydoctor.facts.report.CauseState;

/**
 * Puts the rules' solution candidates in the order the user should try them. A solution is ranked
 * by the best cause it addresses: first by that cause's state (confirmed before likely before
 * possible), then by its score (certainty less cost), then by ids so that the order is stable.
 * Candidates for causes that are not open (ruled out, not checked) are dropped, so a solution for a
 * ruled-out cause can never be ranked above one for a confirmed cause.
 */
public final class SolutionRanking {

  /** The order among candidates of one solution, and among solutions by their best candidate. */
  public static final Comparator<SolutionCandidate> BEST_FIRST = Comparator.comparing(SolutionCandidate::state)
      .thenComparing(Comparator.comparingDouble(SolutionCandidate::score).reversed())
      .thenComparing(SolutionCandidate::cause);

  private SolutionRanking() {}

  /** One ranked solution: its best candidate and every open cause it addresses, best first. */
  public record Ranked(String solution, SolutionCandidate best, List<String> causes) {
    public Ranked {
      Objects.requireNonNull(solution, "solution");
      Objects.requireNonNull(best, "best");
      causes = Immutable.list(causes);
    }
  }

  /** {@code candidates} grouped by solution and ranked; candidates of causes that are not open are ignored. */
  public static List<Ranked> rank(List<SolutionCandidate> candidates) {
    Map<String, List<SolutionCandidate>> bySolution = new LinkedHashMap<>();
    for (SolutionCandidate c : candidates) {
      if (open(c.state())) {
        bySolution.computeIfAbsent(c.solution(), k -> new ArrayList<>()).add(c);
      }
    }
    List<Ranked> ranked = new ArrayList<>();
    bySolution.forEach((solution, cs) -> {
      List<SolutionCandidate> sorted = cs.stream().sorted(BEST_FIRST).toList();
      ranked.add(new Ranked(solution, sorted.get(0), sorted.stream().map(SolutionCandidate::cause).distinct().toList()));
    });
    ranked.sort(Comparator.comparing(Ranked::best, BEST_FIRST).thenComparing(Ranked::solution));
    return ranked;
  }

  private static boolean open(CauseState state) {
    return state == CauseState.CONFIRMED || state == CauseState.LIKELY || state == CauseState.POSSIBLE;
  }
}
