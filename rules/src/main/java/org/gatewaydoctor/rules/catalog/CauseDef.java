package org.gatewaydoctor.rules.catalog;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.gatewaydoctor.facts.Immutable;

/**
 * A cause the rule base can conclude, from {@code catalog/causes.yaml}.
 *
 * @param id stable id (seed ids are never renamed)
 * @param title short title
 * @param side {@code device}, {@code network} or {@code service}
 * @param parent the broader cause it refines, or null
 * @param explanation a plain explanation for the user
 * @param probes ids of the probes whose observations can tell whether it holds; when none of them
 *     ran and nothing else touched it, the cause is {@code not-checked}
 * @param evidence finding code to certainty factor: how much each finding speaks for (positive) or
 *     against (negative) this cause
 * @param explainsWorkingService whether the cause can explain the error a person saw even when the
 *     service answers this tool normally (a browser's own problem, a proxy only the browser uses,
 *     interception); when false, the cause never gives the verdict while the service answers
 *     normally from here (docs/reasoning.md §6)
 */
public record CauseDef(
    String id, String title, String side, String parent, String explanation, List<String> probes,
    Map<String, Double> evidence, Boolean explainsWorkingService) {
  public CauseDef {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(side, "side");
    probes = Immutable.list(probes);
    evidence = Immutable.orderedMap(evidence);
    explainsWorkingService = Boolean.TRUE.equals(explainsWorkingService);
  }

  /** Whether {@code probe} is one of the probes that can tell; for rules. */
  public boolean decidedBy(String probe) {
    return probes.contains(probe);
  }
}
