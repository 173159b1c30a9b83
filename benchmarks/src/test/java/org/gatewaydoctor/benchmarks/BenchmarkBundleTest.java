package org.gatewaydoctor.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import org.gatewaydoctor.facts.bundle.BundleReader;
import org.gatewaydoctor.facts.bundle.FactBundle;
import org.gatewaydoctor.facts.report.Diagnosis;
import org.gatewaydoctor.facts.report.Side;
import org.gatewaydoctor.rules.Diagnoser;
import org.gatewaydoctor.rules.engine.FactIndex;
import org.junit.jupiter.api.Test;

/** The benchmarks measure what they claim: a valid 30-fact bundle that the rules diagnose fully. Runs no JMH. */
class BenchmarkBundleTest {

  @Test
  void theBundleHasThirtyFactsAndIsDiagnosedAsAServiceFault() throws Exception {
    FactBundle bundle = new BundleReader().read(BenchmarkBundle.bytes(), BenchmarkBundle.RESOURCE).bundle();
    assertThat(new FactIndex(bundle).facts()).hasSize(30);
    Diagnosis d = Diagnoser.builtIn().diagnose(bundle);
    assertThat(d.verdict().side()).isEqualTo(Side.SERVICE);
    assertThat(d.gateway().product()).isEqualTo("cloudflare");
  }
}
