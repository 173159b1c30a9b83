package org.gatewaydoctor.rules.catalog;

import java.util.Objects;

/**
 * One entry of a cause's evidence table: finding {@code finding} weighs {@code weight} on
 * {@code cause}. Rules find the links of a finding through {@link EvidenceTable}.
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
