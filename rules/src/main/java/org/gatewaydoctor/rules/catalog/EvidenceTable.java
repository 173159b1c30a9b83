package org.gatewaydoctor.rules.catalog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every cause's evidence table ({@code catalog/causes.yaml}) as one fact, looked up by finding
 * code: rules ask it which causes a finding weighs on ({@code from $t.linksOf( $code )}) rather
 * than joining each finding with a hundred link facts in every session. Immutable; it decides
 * nothing.
 */
public final class EvidenceTable {

  private final Map<String, List<EvidenceLink>> byFinding;

  /** The table of {@code causes}, in catalogue order. */
  public EvidenceTable(List<CauseDef> causes) {
    Map<String, List<EvidenceLink>> links = new LinkedHashMap<>();
    for (CauseDef cause : causes) {
      cause.evidence().forEach((finding, weight) ->
          links.computeIfAbsent(finding, f -> new ArrayList<>()).add(new EvidenceLink(finding, cause.id(), weight)));
    }
    links.replaceAll((finding, list) -> List.copyOf(list));
    this.byFinding = Map.copyOf(links);
  }

  /** The links of finding {@code code}, in catalogue order; empty when no cause names it. For rules. */
  public List<EvidenceLink> linksOf(String code) {
    return byFinding.getOrDefault(code, List.of());
  }

  @Override
  public String toString() {
    return "EvidenceTable[" + byFinding.size() + " findings]";
  }
}
