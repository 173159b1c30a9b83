package org.gatewaydoctor.api;

import java.util.concurrent.Semaphore;
import org.gatewaydoctor.api.rules.LiveRuleBase;
import org.gatewaydoctor.facts.bundle.FactBundle;
import org.gatewaydoctor.facts.report.Diagnosis;
import org.gatewaydoctor.rules.Diagnoser;

/**
 * Diagnoses with the rule base serving now, counting verdicts; 503 while the first one is built.
 * At most one diagnosis per processor runs at once and the others wait their turn: a diagnosis is
 * pure CPU, and many Drools sessions at once only fight over cores and memory (measured with 32
 * connections on 2 cores: 65 diagnoses/s unbounded against about 350 bounded; docs/benchmarks.md).
 */
final class Serving {

  private final LiveRuleBase rules;
  private final ApiMetrics metrics;
  private final Semaphore cores = new Semaphore(Runtime.getRuntime().availableProcessors(), true);

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

  /** The diagnosis of {@code bundle}, once a processor is free for it. */
  Diagnosis diagnose(FactBundle bundle) {
    Diagnoser diagnoser = diagnoser();
    try {
      cores.acquire();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw Problem.of("stopping", 503, "Stopping", "the server is stopping; send the request again")
          .withHeader("Retry-After", "1").raise();
    }
    Diagnosis d;
    try {
      d = diagnoser.diagnose(bundle);
    } finally {
      cores.release();
    }
    metrics.diagnosed(d.verdict().side());
    return d;
  }
}
