package org.gatewaydoctor.facts.report;

import java.util.List;
import java.util.Objects;
import org.gatewaydoctor.facts.Immutable;

/**
 * Something the rules noticed in the observations, before deciding what it means.
 *
 * @param code a stable identifier such as {@code DNS_ANSWERS_DISAGREE}
 * @param text one sentence describing it
 * @param facts JSON pointers into the fact bundle of the observations it rests on
 * @param rule the name of the rule that noticed it
 */
public record Finding(String code, String text, List<String> facts, String rule) {
  public Finding {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(text, "text");
    facts = Immutable.list(facts);
  }
}
