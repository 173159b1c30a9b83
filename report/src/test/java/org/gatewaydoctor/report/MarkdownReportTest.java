package org.gatewaydoctor.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownReportTest {

  @Test
  void escapesMarkupSoThatReportTextStaysText() {
    String md = new MarkdownReport().render(SampleDiagnoses.hostile());

    assertThat(md).doesNotContain("<script>").contains("\\<script\\>")
        .contains("\\[click\\](javascript:x)").contains("\\*bold\\*").contains("\\| pipe \\&")
        .doesNotContain("\u001b");
  }

  @Test
  void startsWithTheVerdictAndListsEverySolutionInOrder() throws Exception {
    var d = SampleDiagnoses.example();
    String md = new MarkdownReport().render(d);

    assertThat(md).startsWith("## " + MarkdownReport.md(d.verdict().summary()) + "\n");
    int last = 0;
    for (var s : d.solutions()) {
      int at = md.indexOf(s.rank() + ". **" + MarkdownReport.md(s.title()) + "**");
      assertThat(at).as(s.id()).isGreaterThan(last);
      last = at;
    }
    assertThat(md).contains("| probe 2 | HTTP 502 | – | – | – | 4.10 s | 4.12 s |");
  }
}
