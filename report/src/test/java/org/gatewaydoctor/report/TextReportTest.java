package org.gatewaydoctor.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.gatewaydoctor.facts.report.CauseState;
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

  @Test
  void listsCausesWithoutEvidenceOnceAtTheEndAndEveryOtherWithItsCertainty() throws Exception {
    var d = SampleDiagnoses.example();
    String text = new TextReport(false).render(d);
    String causes = text.substring(text.indexOf("Causes"), text.indexOf("What to do"));

    for (var c : d.causes()) {
      assertThat(causes).as("cause %s", c.id()).contains(c.title());
      boolean untouched = c.state() == CauseState.POSSIBLE && c.evidence().isEmpty()
          && c.certainty() == 0;
      boolean listedAlone = Pattern.compile("\\] +" + Pattern.quote(c.title())
          + " \\(certainty ").matcher(causes).find();
      assertThat(listedAlone).as("cause %s listed with its certainty", c.id())
          .isEqualTo(!untouched && c.state() != CauseState.NOT_CHECKED);
    }
    long untouched = d.causes().stream().filter(c -> c.state() == CauseState.POSSIBLE
        && c.evidence().isEmpty() && c.certainty() == 0).count();
    long unchecked = d.causes().stream()
        .filter(c -> c.state() == CauseState.NOT_CHECKED).count();
    assertThat(untouched + unchecked).as("the sample has causes to group").isPositive();
    if (untouched > 0) {
      assertThat(causes).contains("[possible]    " + untouched + (untouched == 1 ? " cause" : " causes")
          + ", no evidence either way:");
    }
    if (unchecked > 0) {
      assertThat(causes).contains("[not checked] " + unchecked + (unchecked == 1 ? " cause" : " causes")
          + ", what could tell was not checked:");
    }
  }
}
