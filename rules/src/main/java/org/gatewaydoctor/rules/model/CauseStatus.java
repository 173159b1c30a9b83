package org.gatewaydoctor.rules.model;

import java.util.Objects;
import org.gatewaydoctor.facts.report.CauseState;

/** The state a cause ends in, with its certainty. Exactly one per cause. */
public record CauseStatus(String cause, CauseState state, double certainty) {
  public CauseStatus {
    Objects.requireNonNull(cause, "cause");
    Objects.requireNonNull(state, "state");
  }

  /** Whether the cause is confirmed, likely or possible, so that solutions for it are worth advising. */
  public boolean open() {
    return state == CauseState.CONFIRMED || state == CauseState.LIKELY || state == CauseState.POSSIBLE;
  }

  /** Whether the cause is confirmed or likely: strong enough to decide the verdict. */
  public boolean strong() {
    return state == CauseState.CONFIRMED || state == CauseState.LIKELY;
  }
}
