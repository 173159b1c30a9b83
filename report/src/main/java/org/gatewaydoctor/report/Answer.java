package org.gatewaydoctor.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.gatewaydoctor.facts.report.CauseAssessment;
import org.gatewaydoctor.facts.report.CauseState;
import org.gatewaydoctor.facts.report.Diagnosis;
import org.gatewaydoctor.facts.report.Side;
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

  /**
   * {@code First thing to do: TITLE. FIRST STEP}; when nothing is wrong from here and nothing is to
   * be done, the first browser-side step for someone who still sees the error.
   */
  static String actionLine(Diagnosis d) {
    List<String> left = stillSeeingIt(d);
    return firstAction(d).map(s -> "First thing to do: " + Words.plain(s.title())
        + (s.steps().isEmpty() ? "" : ". " + Words.plain(s.steps().get(0)))).orElse(left.isEmpty()
            ? "First thing to do: nothing; no open cause needs action."
            : "If you still see the error: " + left.get(0));
  }

  /**
   * The browser-side steps of the seed guide (incognito mode, another browser, the site's cookies,
   * signing out and in), cheapest and most telling first, for a person who still sees the error
   * although nothing is wrong from here; those the solutions already give are left out. Empty
   * unless the verdict is {@code NONE}.
   */
  static List<String> stillSeeingIt(Diagnosis d) {
    if (d.verdict().side() != Side.NONE) {
      return List.of();
    }
    Set<String> given = d.solutions().stream().map(SolutionAdvice::id).collect(Collectors.toSet());
    List<String> out = new ArrayList<>();
    String host = Words.plain(d.target().host());
    for (String[] step : new String[][] {
        {"use-incognito", "Open " + host + " in a private (incognito) window: if it works there, an extension or"
            + " stored site data is the problem."},
        {"change-browser", "Open " + host + " in another browser: if it works there, the problem is in your usual"
            + " browser."},
        {"clear-cache-and-cookies", "Clear " + host + "'s cookies and cached data in your browser, then reload"
            + " (this signs you out of the site)."},
        {"sign-out-and-in", "Sign out of " + host + " and sign in again."}}) {
      if (!given.contains(step[0])) {
        out.add(step[1]);
      }
    }
    return out;
  }
}
