package org.gatewaydoctor.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.gatewaydoctor.facts.Environment;
import org.gatewaydoctor.facts.Target;
import org.gatewaydoctor.facts.report.Diagnosis;
import org.gatewaydoctor.facts.report.Side;
import org.gatewaydoctor.facts.report.Verdict;
import org.junit.jupiter.api.Test;

/** When nothing is wrong from here but the person still sees the error, the report says what is left. */
class StillSeeingItTest {

  private static Diagnosis nothingWrong() {
    return new Diagnosis("1.1", "gateway-doctor test", new Target("https://chatgpt.com/", "chatgpt", "chatgpt.com"),
        new Environment("linux", null, null, null), "2026-12-04T12:00:00Z",
        new Verdict(Side.NONE, "Nothing is wrong from here: chatgpt.com answered normally."), null,
        List.of(), List.of(), List.of(), List.of(), List.of());
  }

  @Test
  void theSeedGuidesBrowserStepsAreRankedAndTheFirstIsTheFirstAction() {
    Diagnosis d = nothingWrong();

    assertThat(Answer.stillSeeingIt(d)).hasSize(4).first().asString().startsWith("Open chatgpt.com in a private");
    assertThat(Answer.actionLine(d)).startsWith("If you still see the error: Open chatgpt.com in a private");
    String text = new TextReport(false).render(d);
    assertThat(text).contains("If you still see the error\n  1. Open chatgpt.com in a private (incognito) window")
        .contains("  2. Open chatgpt.com in another browser").contains("  4. Sign out of chatgpt.com and sign in again.");
    assertThat(new MarkdownReport().render(d)).contains("### If you still see the error");
    assertThat(new HtmlReport().render(d)).contains("id=\"still-seeing-it\"");
  }

  @Test
  void aServiceSideVerdictHasNoSuchSection() throws Exception {
    assertThat(new TextReport(false).render(SampleDiagnoses.example())).doesNotContain("If you still see the error");
  }
}
