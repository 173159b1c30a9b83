package org.gatewaydoctor.rules.model;

import java.util.Objects;

/**
 * A finding weighing on a cause with a certainty factor: positive for, negative against.
 */
public record CauseEvidence(String cause, double weight, Finding finding) {
  public CauseEvidence {
    Objects.requireNonNull(cause, "cause");
    Objects.requireNonNull(finding, "finding");
  }
}
