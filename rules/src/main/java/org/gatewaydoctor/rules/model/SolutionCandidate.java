package org.gatewaydoctor.rules.model;

import java.util.Objects;
import org.gatewaydoctor.facts.report.CauseState;

/**
 * A solution worth advising because it addresses a cause that is still open, with that cause's
 * state and a score that weighs the cause's certainty against the solution's cost.
 */
public record SolutionCandidate(String solution, String cause, CauseState state, double score) {
  public SolutionCandidate {
    Objects.requireNonNull(solution, "solution");
    Objects.requireNonNull(cause, "cause");
    Objects.requireNonNull(state, "state");
  }
}
