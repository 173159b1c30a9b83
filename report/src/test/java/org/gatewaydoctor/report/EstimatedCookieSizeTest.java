package org.gatewaydoctor.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.gatewaydoctor.facts.report.CauseAssessment;
import org.gatewaydoctor.facts.report.Diagnosis;
import org.gatewaydoctor.facts.report.Evidence;
import org.gatewaydoctor.facts.report.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A cookie size the browser probe estimated from the ciphertext (Chromium) reaches every report
 * format marked as an estimate, as the rules word it (rules' CookieSizes): never as a bare number.
 */
class EstimatedCookieSizeTest {

  /** The COOKIES_LARGE text for an estimated 9201-byte cookie header, as the rule base writes it. */
  private static final String ESTIMATED = "Your browser would send about 9.2 kB (estimated) of cookies to .chatgpt.com:"
      + " large enough that some servers reject it (above 8192 bytes).";

  @ParameterizedTest(name = "{0}")
  @EnumSource(Format.class)
  void everyFormatShowsTheEstimatedSizeAsAnEstimate(Format format) throws Exception {
    String report = new Reports().render(format, withCookieEvidence(SampleDiagnoses.example()), false);

    assertThat(report).contains("about 9.2 kB (estimated)").doesNotContain("9201 bytes");
  }

  @Test
  void theTextReportKeepsTheEstimateInTheEvidenceLine() throws Exception {
    String text = new TextReport(false).render(withCookieEvidence(SampleDiagnoses.example()));

    assertThat(text).contains("+ " + ESTIMATED);
  }

  /** {@code d} with the estimated-size finding as the strongest evidence of its first cause. */
  private static Diagnosis withCookieEvidence(Diagnosis d) {
    Evidence cookies = new Evidence(ESTIMATED, List.of("/observations/browsers/0"),
        "The cookies for the service are large", 0.99);
    List<CauseAssessment> causes = new ArrayList<>(d.causes());
    CauseAssessment top = causes.get(0);
    List<Evidence> evidence = new ArrayList<>(top.evidence());
    evidence.add(0, cookies);
    causes.set(0, new CauseAssessment(top.id(), top.title(), top.side(), top.parent(), top.certainty(), top.state(),
        top.explanation(), evidence, top.rules()));
    List<Finding> findings = new ArrayList<>(d.findings());
    findings.add(new Finding("COOKIES_LARGE", ESTIMATED, List.of("/observations/browsers/0"),
        "The cookies for the service are large"));
    return new Diagnosis(d.schemaVersion(), d.generator(), d.target(), d.environment(), d.observedAt(), d.verdict(),
        d.gateway(), causes, d.solutions(), findings, d.samples(), d.probes());
  }
}
