package org.gatewaydoctor.facts.report;

import java.util.List;
import java.util.Objects;
import org.gatewaydoctor.facts.Immutable;

/**
 * One reason for (or against) a conclusion.
 *
 * @param text one sentence for the user
 * @param facts JSON pointers into the fact bundle of the observations it rests on
 * @param rule the name of the rule that drew it
 * @param weight its certainty factor, from -1 (proves the opposite) to 1 (proves it)
 */
public record Evidence(String text, List<String> facts, String rule, double weight) {
  public Evidence {
    Objects.requireNonNull(text, "text");
    facts = Immutable.list(facts);
    if (weight < -1 || weight > 1) {
      throw new IllegalArgumentException("weight must be within [-1, 1], got " + weight);
    }
  }
}
