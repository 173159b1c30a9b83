package org.gatewaydoctor.rules;

import java.util.List;
import java.util.Objects;
import org.gatewaydoctor.facts.report.Diagnosis;

/**
 * How a diagnosis came about, for rule authors ({@code rules explain}): every rule that fired, in
 * order, with the facts it matched and what it concluded; for each cause the rule that gave it its
 * state and the evidence behind its certainty; and the rule whose verdict the report took.
 *
 * @param diagnosis the diagnosis, exactly as {@link Diagnoser#diagnose} gives it
 * @param steps every firing, in order
 * @param causes every cause of the report, in its order, with why it ended in its state
 * @param verdictRule the rule that proposed the verdict the report took
 */
public record Explanation(Diagnosis diagnosis, List<Step> steps, List<CauseReason> causes, String verdictRule) {
  public Explanation {
    Objects.requireNonNull(diagnosis, "diagnosis");
    steps = List.copyOf(steps);
    causes = List.copyOf(causes);
  }

  /**
   * One rule firing.
   *
   * @param order 1 for the first firing
   * @param rule the rule's name
   * @param area its area ({@code dns}, {@code gateway}, ...)
   * @param matched the facts its conditions matched, each described on one line
   * @param concluded what it inserted, each described on one line
   * @param withdrawn conclusions that lost their support while it fired
   */
  public record Step(int order, String rule, String area, List<String> matched, List<String> concluded,
      List<String> withdrawn) {
    public Step {
      matched = List.copyOf(matched);
      concluded = List.copyOf(concluded);
      withdrawn = List.copyOf(withdrawn);
    }
  }

  /**
   * Why a cause ended in its state.
   *
   * @param cause the cause's id
   * @param state its state as the report writes it ({@code ruled-out})
   * @param certainty its combined certainty
   * @param stateRule the rule that gave it this state, or null
   * @param evidence the findings for ({@code +}) and against ({@code -}) it, each with its weight and rule
   */
  public record CauseReason(String cause, String state, double certainty, String stateRule, List<String> evidence) {
    public CauseReason {
      evidence = List.copyOf(evidence);
    }
  }
}
