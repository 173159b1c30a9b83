package org.gatewaydoctor.rules.catalog;

import java.util.Objects;

/**
 * One entry of a cause's evidence table: finding {@code finding} weighs {@code weight} on
 * {@code cause}. Inserted into working memory so the rules can join findings to causes.
 */
public record EvidenceLink(String finding, String cause, double weight) {
  public EvidenceLink {
    Objects.requireNonNull(finding, "finding");
    Objects.requireNonNull(cause, "cause");
    if (weight < -1 || weight > 1) {
      throw new IllegalArgumentException("weight of " + finding + " on " + cause + " must be within [-1, 1], got " + weight);
    }
  }
}
