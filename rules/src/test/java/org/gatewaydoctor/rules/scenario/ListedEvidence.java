package org.gatewaydoctor.rules.scenario;

import java.util.List;
import org.gatewaydoctor.facts.report.CauseAssessment;
import org.gatewaydoctor.facts.report.Evidence;
import org.gatewaydoctor.rules.model.CertaintyFactors;

/**
 * The certainty a cause's listed evidence gives: its own findings combined, or its most certain
 * sub-cause, whichever is more (CertaintyFactors.broader). A sub-cause's evidence reads "A more
 * specific cause holds: ..." (findings.yaml, SUBCAUSE_SUPPORTS_PARENT).
 */
final class ListedEvidence {

  private static final String SUBCAUSE = "A more specific cause holds";

  private ListedEvidence() {}

  static double certainty(CauseAssessment c) {
    List<Double> own = c.evidence().stream().filter(e -> !e.text().startsWith(SUBCAUSE)).map(Evidence::weight).toList();
    List<Double> sub = c.evidence().stream().filter(e -> e.text().startsWith(SUBCAUSE)).map(Evidence::weight).toList();
    return CertaintyFactors.broader(own, sub);
  }
}
