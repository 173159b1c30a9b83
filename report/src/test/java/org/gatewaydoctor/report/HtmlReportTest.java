package org.gatewaydoctor.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlReportTest {

  @Test
  void escapesEveryTextFromTheReport() {
    String html = new HtmlReport().render(SampleDiagnoses.hostile());

    assertThat(html).doesNotContain("<script").doesNotContain("\u001b").doesNotContain("<b>")
        .contains("&lt;script&gt;alert(1)&lt;/script&gt;").contains("&quot;q&quot;").contains("&#39;a&#39;");
  }

  @Test
  void isOneSelfContainedPageThatFetchesNothing() throws Exception {
    String html = new HtmlReport().render(SampleDiagnoses.example());

    assertThat(html).startsWith("<!DOCTYPE html>").contains("<style>").contains("default-src 'none'")
        .doesNotContain("<script").doesNotContain("<link").doesNotContain("src=").doesNotContain("href=")
        .doesNotContain("@import").doesNotContain("url(");
  }

  @Test
  void putsTheVerdictFirstThenCausesSolutionsAndTheWaterfall() throws Exception {
    var d = SampleDiagnoses.example();
    String html = new HtmlReport().render(d);

    int verdict = html.indexOf("<h1 id=\"verdict\">" + Html.esc(d.verdict().summary()) + "</h1>");
    assertThat(verdict).isPositive();
    assertThat(html.indexOf("id=\"causes\"")).isGreaterThan(verdict);
    assertThat(html.indexOf("id=\"solutions\"")).isGreaterThan(html.indexOf("id=\"causes\""));
    assertThat(html.indexOf("<svg class=\"waterfall\"")).isGreaterThan(html.indexOf("id=\"solutions\""));
    d.solutions().forEach(s -> assertThat(html).contains(Html.esc(s.title())));
  }
}
