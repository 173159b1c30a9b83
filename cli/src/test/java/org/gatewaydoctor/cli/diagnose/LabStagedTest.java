package org.gatewaydoctor.cli.diagnose;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.gatewaydoctor.facts.Environment;
import org.gatewaydoctor.facts.ProbeOutcome;
import org.gatewaydoctor.facts.ProbeStatus;
import org.gatewaydoctor.facts.Target;
import org.gatewaydoctor.facts.bundle.FactBundle;
import org.junit.jupiter.api.Test;

/** The lab's loopback measurements are noted as staged, so no report passes them off as the user's line. */
class LabStagedTest {

  @Test
  void connectivityAndThroughputChecksAreNotedAsStagedAndNothingElse() {
    FactBundle run = new FactBundle(FactBundle.SCHEMA_VERSION, "2026-12-04T12:00:00Z", "gateway-doctor test",
        new Target("http://chatgpt.lab.test:1/", "generic", "chatgpt.lab.test"), Environment.UNKNOWN, null,
        List.of(new ProbeOutcome("http", ProbeStatus.OK, null, 1), new ProbeOutcome("connectivity", ProbeStatus.OK, null, 1),
            new ProbeOutcome("throughput", ProbeStatus.OK, "one sample", 1)));

    List<ProbeOutcome> probes = LabRun.staged(run).probes();

    assertThat(probes.get(0).reason()).isNull();
    assertThat(probes.get(1).reason()).isEqualTo(LabRun.STAGED_NOTE).startsWith("staged");
    assertThat(probes.get(2).reason()).isEqualTo(LabRun.STAGED_NOTE + "; one sample");
  }
}
