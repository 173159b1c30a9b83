package org.gatewaydoctor.cli.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextReportTest {

  @Test
  void neverPassesControlCharactersFromTheReportToTheTerminal() {
    String text = new TextReport(false).render(SampleDiagnoses.hostile());

    assertThat(text).doesNotContain("\u001b").contains(" [31mred [0m");
  }

  @Test
  void usesColourOnlyWhenAllowed() throws Exception {
    var d = SampleDiagnoses.example();

    assertThat(new TextReport(false).render(d)).doesNotContain("\u001b[");
    assertThat(new TextReport(true).render(d)).contains("\u001b[1m" + d.verdict().summary() + "\u001b[0m");
  }

  @Test
  void givesTheVerdictFirstThenCausesThenWhatToDo() throws Exception {
    var d = SampleDiagnoses.example();
    String text = new TextReport(false).render(d);

    assertThat(text).startsWith(d.verdict().summary() + "\n");
    assertThat(text.indexOf("Causes")).isLessThan(text.indexOf("What to do"));
    assertThat(text).contains("  1. " + d.solutions().get(0).title());
  }
}
