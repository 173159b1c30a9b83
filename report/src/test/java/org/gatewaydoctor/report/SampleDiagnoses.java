package org.gatewaydoctor.report;

import java.nio.file.Files;
import java.nio.file.Path;
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
import org.gatewaydoctor.facts.report.GatewayAttribution;
import org.gatewaydoctor.facts.report.GatewayProduct;
import org.gatewaydoctor.facts.report.ReportJson;
import org.gatewaydoctor.facts.report.Side;
import org.gatewaydoctor.facts.report.SolutionAdvice;
import org.gatewaydoctor.facts.report.TimingSample;
import org.gatewaydoctor.facts.report.Verdict;

/** Diagnoses for renderer tests: the documented example, and one full of hostile text. */
final class SampleDiagnoses {

  /** Text a hostile or broken server could put into a report: markup, an escape sequence, a link. */
  static final String HOSTILE = "<script>alert(1)</script> \u001b[31mred\u001b[0m [click](javascript:x) *bold* | pipe & \"q\" 'a'";

  private SampleDiagnoses() {}

  /** The example report in docs/examples (a Cloudflare 502 with three timed samples). */
  static Diagnosis example() throws Exception {
    Path file = Path.of("../docs/examples/cloudflare-502-origin-down.report.json");
    return new ReportJson().read(Files.readString(file), file.toString());
  }

  /** A diagnosis whose every text field holds {@link #HOSTILE}. */
  static Diagnosis hostile() {
    Evidence e = new Evidence(HOSTILE, List.of("/observations/http/0"), "a rule", 0.5);
    return new Diagnosis("1.0", "gateway-doctor test", new Target("https://example.test/?q=<b>", "generic", "example.test"),
        new Environment("linux", null, null, "firefox"), "2026-11-26T10:00:00Z", new Verdict(Side.SERVICE, HOSTILE),
        new GatewayAttribution("nginx", HOSTILE, "reverse-proxy", 0.5, 502, HOSTILE, List.of(e),
            List.of(new GatewayProduct("cloudflare", HOSTILE, "cdn-edge", List.of(e))), List.of()),
        List.of(new CauseAssessment("server-overload", HOSTILE, "service", null, 0.8, CauseState.LIKELY, HOSTILE,
            List.of(e), List.of("a rule"))),
        List.of(new SolutionAdvice("wait-and-retry", 1, HOSTILE, List.of("server-overload"), List.of(HOSTILE), 60,
            HOSTILE, HOSTILE)),
        List.of(new org.gatewaydoctor.facts.report.Finding("X", HOSTILE, List.of(), "a rule")),
        List.of(new TimingSample("probe", 1, "https://example.test/" + HOSTILE, 502, null,
            new HttpTimings(1.0, 2.0, 3.0, 40.0, 50.0), "/observations/http/0")),
        List.of(new ProbeOutcome("http", ProbeStatus.FAILED, HOSTILE, 5)));
  }
}
