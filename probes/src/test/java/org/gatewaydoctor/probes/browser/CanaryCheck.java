package org.gatewaydoctor.probes.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import org.gatewaydoctor.facts.Environment;
import org.gatewaydoctor.facts.bundle.BundleWriter;
import org.gatewaydoctor.facts.bundle.FactBundle;
import org.gatewaydoctor.probes.ProbeResult;

/**
 * Runs the probe with this JVM's standard output and error captured, so a test can prove that a
 * cookie value appears nowhere: not in the observations, the saved bundle, the outcome's reason,
 * or anything printed while the probe ran.
 *
 * @param result what the probe returned
 * @param printed everything written to System.out and System.err during the run
 */
record CanaryCheck(ProbeResult result, String printed) {

  static CanaryCheck run(Callable<ProbeResult> probe) throws Exception {
    PrintStream out = System.out;
    PrintStream err = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    PrintStream tee = new PrintStream(captured, true, StandardCharsets.UTF_8);
    System.setOut(tee);
    System.setErr(tee);
    try {
      return new CanaryCheck(probe.call(), captured.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(out);
      System.setErr(err);
    }
  }

  /** The bundle a user would send to support, serialised with facts' writer. */
  String bundleJson() {
    return new BundleWriter().toJson(FactBundle.of("2026-11-26T12:00:00Z", "gateway-doctor test",
        new org.gatewaydoctor.facts.Target("http://127.0.0.1/", "generic", "127.0.0.1"), Environment.UNKNOWN,
        result.observations(), List.of()));
  }

  void assertNowhere(String canary) {
    assertThat(canary).hasSizeGreaterThan(16);
    assertThat(bundleJson()).doesNotContain(canary);
    assertThat(result.toString()).doesNotContain(canary);
    assertThat(String.valueOf(result.reason())).doesNotContain(canary);
    assertThat(printed).doesNotContain(canary);
  }
}
