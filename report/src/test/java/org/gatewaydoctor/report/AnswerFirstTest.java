package org.gatewaydoctor.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.gatewaydoctor.facts.report.Diagnosis;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every format opens with the verdict, the one headline cause and the first thing to do. */
class AnswerFirstTest {

  private Diagnosis d;

  @BeforeEach
  void load() throws Exception {
    d = SampleDiagnoses.example();
  }

  @Test
  void theHeadlineCauseIsTheFirstConfirmedOneAndTheFirstActionTheFirstSolution() {
    assertThat(Answer.headlineCause(d).orElseThrow().id()).isEqualTo("origin-down");
    assertThat(Answer.actionLine(d)).isEqualTo("First thing to do: Check the service's status page. Open"
        + " https://status.openai.com and look for an ongoing incident or maintenance.");
  }

  @Test
  void textOpensWithVerdictCauseAndFirstAction() {
    String[] lines = new TextReport(false).render(d).split("\n");

    assertThat(lines[0]).isEqualTo(d.verdict().summary());
    assertThat(lines[1]).isEqualTo("Cause: The service's own server behind its CDN or gateway is down (confirmed)");
    assertThat(lines[2]).startsWith("First thing to do: Check the service's status page.");
  }

  @Test
  void markdownOpensWithVerdictCauseAndFirstAction() {
    String md = new MarkdownReport().render(d);

    assertThat(md.indexOf("First thing to do: Check the service")).isPositive().isLessThan(md.indexOf("**Whose side:**"));
    assertThat(md.indexOf("Cause: The service")).isLessThan(md.indexOf("First thing to do"));
  }

  @Test
  void htmlPutsCauseAndFirstActionInTheHeaderAndCollapsesCausesWithoutEvidence() {
    String html = new HtmlReport().render(d);

    assertThat(html.indexOf("id=\"headline-cause\"")).isPositive().isLessThan(html.indexOf("<main>"));
    assertThat(html.indexOf("id=\"first-action\"")).isPositive().isLessThan(html.indexOf("<main>"));
    assertThat(html).contains("5 causes, no evidence either way: The site&#39;s security check")
        .doesNotContain("data-cause=\"ip-blocked\"");
  }

  @Test
  void aTextReportHasAHeaderForTheSupportEngineer() {
    assertThat(new TextReport(false).render(d)).contains("Report: https://chatgpt.com/ | observed 2026-11-26 09:58:11 UTC"
        + " | " + d.generator() + " | 3 samples from 1 vantage point (this tool)\n");
  }
}
