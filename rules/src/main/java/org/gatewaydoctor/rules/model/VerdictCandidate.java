package org.gatewaydoctor.rules.model;

import java.util.Map;
import java.util.Objects;
import org.gatewaydoctor.facts.Immutable;
import org.gatewaydoctor.facts.report.Side;

/**
 * A verdict a rule proposes; the one with the highest priority is the report's verdict. Its
 * sentence is the catalogue text {@code key} ({@code verdicts.yaml}) with {@code params} filled in.
 */
public record VerdictCandidate(Side side, double priority, String key, Map<String, String> params) {
  public VerdictCandidate {
    Objects.requireNonNull(side, "side");
    Objects.requireNonNull(key, "key");
    params = Immutable.orderedMap(params);
  }

  public static VerdictCandidate of(Side side, double priority, String key) {
    return new VerdictCandidate(side, priority, key, Map.of());
  }

  /** This candidate with one more text parameter. */
  public VerdictCandidate with(String name, Object value) {
    var more = new java.util.LinkedHashMap<>(params);
    more.put(name, String.valueOf(value));
    return new VerdictCandidate(side, priority, key, more);
  }
}
