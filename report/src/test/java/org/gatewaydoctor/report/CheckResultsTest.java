package org.gatewaydoctor.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.gatewaydoctor.facts.Environment;
import org.gatewaydoctor.facts.ProbeOutcome;
import org.gatewaydoctor.facts.ProbeStatus;
import org.gatewaydoctor.facts.Target;
import org.gatewaydoctor.facts.http.HttpTimings;
import org.gatewaydoctor.facts.report.CauseAssessment;
import org.gatewaydoctor.facts.report.CauseState;
import org.gatewaydoctor.facts.report.Diagnosis;
import org.gatewaydoctor.facts.report.Evidence;
import org.gatewaydoctor.facts.report.Finding;
import org.gatewaydoctor.facts.report.Side;
import org.gatewaydoctor.facts.report.TimingSample;
import org.gatewaydoctor.facts.report.Verdict;
import org.junit.jupiter.api.Test;

/** The Checks section says what each check found, not merely that it ran. */
class CheckResultsTest {

  private static final String PORTAL_RULE = "A redirect to a sign-in page shows a captive portal";

  /** A captive portal the connectivity check found and the report confirms; DNS found nothing wrong. */
  static Diagnosis captivePortal(String connectivityNote) {
    Evidence portal = new Evidence("Requests to reference sites are redirected to a sign-in page.",
        List.of("/observations/connectivity/0"), PORTAL_RULE, 0.9);
    Evidence speed = new Evidence("A test download ran at 19.8 Mbit/s: fast enough.",
        List.of("/observations/throughput/0"), "Fast downloads speak against a network problem", -0.3);
    return new Diagnosis("1.1", "gateway-doctor test", new Target("http://chatgpt.lab.test/", "generic", "chatgpt.lab.test"),
        new Environment("linux", null, null, null), "2026-12-04T12:00:00.123Z",
        new Verdict(Side.YOUR_NETWORK, "It's your network: the Wi-Fi wants you to sign in."), null,
        List.of(new CauseAssessment("captive-portal", "Your Wi-Fi wants you to sign in first", "network", null, 0.9,
                CauseState.CONFIRMED, null, List.of(portal), List.of(PORTAL_RULE)),
            new CauseAssessment("network-issue", "Something on your network", "network", null, -0.3,
                CauseState.RULED_OUT, null, List.of(speed), List.of())),
        List.of(),
        List.of(new Finding("CAPTIVE_PORTAL_REDIRECT", "redirected", List.of("/observations/connectivity/0"), PORTAL_RULE),
            new Finding("DNS_SYSTEM_RESOLVES", "resolves", List.of("/observations/dns/0"), "The system resolver resolves"),
            new Finding("THROUGHPUT_OK", "fast", List.of("/observations/throughput/0"),
                "Fast downloads speak against a network problem")),
        List.of(new TimingSample("probe", 1, "http://chatgpt.lab.test/", 302, null,
            new HttpTimings(1.0, 1.0, null, 5.0, 6.0), "/observations/http/0")),
        List.of(new ProbeOutcome("dns", ProbeStatus.OK, null, 10),
            new ProbeOutcome("http", ProbeStatus.OK, "stopped after 1 of 3 samples: every answer was the same redirect", 10),
            new ProbeOutcome("connectivity", ProbeStatus.OK, connectivityNote, 10),
            new ProbeOutcome("browser", ProbeStatus.SKIPPED, "browser profiles were not read (--no-browser-profiles)", 0)));
  }

  @Test
  void aCheckThatFoundWhatTheReportConfirmsSaysProblemWithItsCode() {
    CheckResults checks = new CheckResults(captivePortal(null));

    assertThat(checks.found(2)).isEqualTo("problem: CAPTIVE_PORTAL_REDIRECT");
    assertThat(checks.found(0)).isEqualTo("no problem");
    assertThat(checks.found(3)).isEqualTo("not run: browser profiles were not read (--no-browser-profiles)");
  }

  @Test
  void theTextReportKeepsTheReasonsOfChecksThatRan() {
    String text = new TextReport(false).render(captivePortal(null));

    assertThat(text).contains("  http          no problem (stopped after 1 of 3 samples: every answer was the same redirect)\n")
        .contains("  connectivity  problem: CAPTIVE_PORTAL_REDIRECT\n").doesNotContain(" ok");
  }

  @Test
  void measurementsTheLabStagedAreMarkedAsStaged() {
    String staged = new TextReport(false).render(captivePortal("staged: over loopback"));
    String real = new TextReport(false).render(captivePortal(null));

    assertThat(staged).contains("- A test download ran at 19.8 Mbit/s: fast enough. [staged in the lab, not your line]");
    assertThat(real).contains("- A test download ran at 19.8 Mbit/s: fast enough.\n");
    assertThat(new HtmlReport().render(captivePortal("staged: over loopback"))).contains("(staged in the lab, not your line)");
    assertThat(new MarkdownReport().render(captivePortal("staged: over loopback"))).contains("(staged in the lab, not your line)");
  }

  @Test
  void timesAreShownToTheSecond() {
    assertThat(new HtmlReport().render(captivePortal(null))).contains("observed 2026-12-04 12:00:00 UTC");
  }
}
