package org.gatewaydoctor.rules.reasoning;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.gatewaydoctor.facts.report.CauseAssessment;
import org.gatewaydoctor.facts.report.CauseState;
import org.gatewaydoctor.facts.report.Diagnosis;

/**
 * What makes a report contradict itself (issue 10, docs/reasoning.md §7-8): two confirmed causes on
 * different sides, or a headline that names a broader cause than one that is confirmed. Used over
 * the scenarios, the examples and the accuracy corpus.
 */
public final class Consistency {

  private Consistency() {}

  /** Every contradiction in {@code d}, one line each; empty when there is none. */
  public static List<String> contradictions(Diagnosis d) {
    List<String> out = new ArrayList<>();
    List<CauseAssessment> confirmed = d.causes().stream().filter(c -> c.state() == CauseState.CONFIRMED).toList();
    for (CauseAssessment a : confirmed) {
      for (CauseAssessment b : confirmed) {
        if (a.id().compareTo(b.id()) < 0 && !a.side().equals(b.side())) {
          out.add("both confirmed, on different sides: " + a.id() + " (" + a.side() + ") and " + b.id() + " (" + b.side()
              + ")");
        }
      }
      if (a.parent() != null) {
        d.causes().stream().filter(p -> p.id().equals(a.parent())).findFirst()
            .filter(p -> names(d, p) && !names(d, a))
            .ifPresent(p -> out.add("the headline names " + p.id() + " although its sub-cause " + a.id()
                + " is confirmed: \"" + d.verdict().summary() + "\""));
      }
    }
    return out;
  }

  /** Whether the headline names the cause (titles read in lower case inside a sentence). */
  private static boolean names(Diagnosis d, CauseAssessment c) {
    return d.verdict().summary().toLowerCase(Locale.ROOT).contains(c.title().toLowerCase(Locale.ROOT));
  }
}
