package org.gatewaydoctor.report;

import java.util.Optional;
import org.gatewaydoctor.facts.report.CauseAssessment;
import org.gatewaydoctor.facts.report.CauseState;
import org.gatewaydoctor.facts.report.Diagnosis;
import org.gatewaydoctor.facts.report.SolutionAdvice;

/**
 * The answer a person acts on in ten seconds, which every format puts first: the one headline cause
 * and the first thing to do. In the JSON report they are the first cause whose state is
 * {@code confirmed} or {@code likely} and {@code solutions[0]} (report-format.md).
 */
final class Answer {

  private Answer() {}

  /** The first cause that holds (confirmed, then likely: causes come most certain first), if any. */
  static Optional<CauseAssessment> headlineCause(Diagnosis d) {
    for (CauseState wanted : new CauseState[] {CauseState.CONFIRMED, CauseState.LIKELY}) {
      for (CauseAssessment c : d.causes()) {
        if (c.state() == wanted) {
          return Optional.of(c);
        }
      }
    }
    return Optional.empty();
  }

  /** The solution ranked first, if any. */
  static Optional<SolutionAdvice> firstAction(Diagnosis d) {
    return d.solutions().stream().filter(s -> s.rank() == 1).findFirst()
        .or(() -> d.solutions().stream().findFirst());
  }

  /** {@code Most likely cause: TITLE (confirmed)}, or null when no cause holds. */
  static String causeLine(Diagnosis d) {
    return headlineCause(d).map(c -> (c.state() == CauseState.CONFIRMED ? "Cause: " : "Most likely cause: ")
        + Words.plain(c.title()) + " (" + Words.state(c.state()) + ")").orElse(null);
  }

  /** {@code First thing to do: TITLE. FIRST STEP}, or that nothing is to be done when there is no solution. */
  static String actionLine(Diagnosis d) {
    return firstAction(d).map(s -> "First thing to do: " + Words.plain(s.title())
        + (s.steps().isEmpty() ? "" : ". " + Words.plain(s.steps().get(0)))).orElse(
            "First thing to do: nothing; no open cause needs action.");
  }
}
