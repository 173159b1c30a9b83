package org.gatewaydoctor.rules.model;

import java.util.Objects;

/**
 * A finding weighing on a cause with a certainty factor: positive for, negative against.
 */
public record CauseEvidence(String cause, double weight, Finding finding) {
  /** The finding code of a sub-cause that holds, weighing on its broader cause (reasoning.drl). */
  public static final String SUBCAUSE = "SUBCAUSE_SUPPORTS_PARENT";

  public CauseEvidence {
    Objects.requireNonNull(cause, "cause");
    Objects.requireNonNull(finding, "finding");
  }

  /** Whether this is a sub-cause's certainty carried to its broader cause; for rules. */
  public boolean fromSubcause() {
    return finding.code().equals(SUBCAUSE);
  }
}
