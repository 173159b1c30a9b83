package org.gatewaydoctor.cli.diagnose;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import org.gatewaydoctor.facts.ProbeOutcome;
import org.gatewaydoctor.facts.ProbeStatus;
import org.junit.jupiter.api.Test;

class ProgressTest {

  private final StringWriter err = new StringWriter();

  @Test
  void writesPlainLinesWhenNotATerminal() {
    Progress p = new Progress(new PrintWriter(err), false, 80);
    p.started("dns", Duration.ofSeconds(4));
    p.started("http", Duration.ofSeconds(7));
    p.finished(new ProbeOutcome("dns", ProbeStatus.OK, null, 320));
    p.finished(new ProbeOutcome("http", ProbeStatus.SKIPPED, "egress policy", 1));

    assertThat(err.toString()).doesNotContain("\u001b").isEqualTo(String.join("\n",
        "  dns           running (up to 4.0 s)",
        "  http          running (up to 7.0 s)",
        "  dns           done in 320 ms",
        "  http          skipped in 1 ms (egress policy)", ""));
  }

  @Test
  void redrawsOneLinePerProbeInPlaceOnATerminal() {
    Progress p = new Progress(new PrintWriter(err), true, 80);
    p.started("dns", Duration.ofSeconds(4));
    p.started("http", Duration.ofSeconds(7));
    p.finished(new ProbeOutcome("dns", ProbeStatus.FAILED, "no resolver answered", 2000));

    String s = err.toString();
    // Each event moves up over what is drawn (CSI n A), then erases and redraws every line (CSI 2 K).
    assertThat(s).contains("\u001b[1A\r").contains("\u001b[2A\r");
    String last = s.substring(s.lastIndexOf("\u001b[2A\r"));
    assertThat(last).isEqualTo("\u001b[2A\r\u001b[2K  dns           failed in 2000 ms (no resolver answered)\n"
        + "\u001b[2K  http          running (up to 7.0 s)\n");
  }

  @Test
  void cutsRedrawnLinesToTheTerminalWidthSoThatNoneWraps() {
    Progress p = new Progress(new PrintWriter(err), true, 40);
    p.finished(new ProbeOutcome("status-page", ProbeStatus.TIMEOUT, "x".repeat(100), 5000));

    String line = err.toString().replace("\u001b[2K", "").trim();
    assertThat(line).hasSizeLessThan(40).endsWith("...");
  }
}
