package org.gatewaydoctor.facts.report;

import java.util.List;
import java.util.Objects;
import org.gatewaydoctor.facts.Immutable;

/**
 * One possible cause of the error and how the evidence weighs on it.
 *
 * @param id a stable id; the five seed ids ({@code server-overload}, {@code network-issue},
 *     {@code browser-issue}, {@code firewall-block}, {@code dns-issue}) are never renamed
 * @param title a short title
 * @param side whose side it lies on: {@code device}, {@code network} or {@code service}
 * @param parent the id of the broader cause it refines (an outdated browser is a browser issue),
 *     or null
 * @param certainty the combined certainty factor, from -1 (disproved) to 1 (proved)
 * @param state the state the certainty falls into
 * @param explanation a plain explanation of the cause
 * @param evidence the reasons for and against it, strongest first
 * @param rules the names of the rules that fired for it, sorted
 */
public record CauseAssessment(
    String id,
    String title,
    String side,
    String parent,
    double certainty,
    CauseState state,
    String explanation,
    List<Evidence> evidence,
    List<String> rules) {
  public CauseAssessment {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(state, "state");
    evidence = Immutable.list(evidence);
    rules = Immutable.list(rules);
  }
}
