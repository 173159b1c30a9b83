package org.gatewaydoctor.rules.model;

import java.util.Objects;

/**
 * An established (confirmed or likely) cause that may decide the verdict: one that can explain what
 * the person saw given what the service did from here (docs/reasoning.md §6).
 *
 * @param cause the cause id
 * @param certainty its certainty
 */
public record VerdictCause(String cause, double certainty) {
  public VerdictCause {
    Objects.requireNonNull(cause, "cause");
  }
}
