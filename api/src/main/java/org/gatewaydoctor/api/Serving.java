package org.gatewaydoctor.api;

import org.gatewaydoctor.api.rules.LiveRuleBase;
import org.gatewaydoctor.facts.bundle.FactBundle;
import org.gatewaydoctor.facts.report.Diagnosis;
import org.gatewaydoctor.rules.Diagnoser;

/** Diagnoses with the rule base serving now, counting verdicts; 503 while the first one is built. */
final class Serving {

  private final LiveRuleBase rules;
  private final ApiMetrics metrics;

  Serving(LiveRuleBase rules, ApiMetrics metrics) {
    this.rules = rules;
    this.metrics = metrics;
  }

  /** The diagnoser in use. @throws Problem.Raised 503 while the rule base is being built */
  Diagnoser diagnoser() {
    return rules.serving().orElseThrow(() -> Problem.of("not-ready", 503, "Not ready",
        "the rule base is still being built; try again in a second (GET /health?ready says when)")
        .withHeader("Retry-After", "1").raise()).diagnoser();
  }

  Diagnosis diagnose(FactBundle bundle) {
    Diagnosis d = diagnoser().diagnose(bundle);
    metrics.diagnosed(d.verdict().side());
    return d;
  }
}
