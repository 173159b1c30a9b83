package org.gatewaydoctor.cli.diagnose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class OptionConvertersTest {

  private final Interval interval = new Interval();

  @Test
  void readsIntervalsInSecondsOrMinutes() {
    assertThat(interval.convert("30")).isEqualTo(Duration.ofSeconds(30));
    assertThat(interval.convert("45s")).isEqualTo(Duration.ofSeconds(45));
    assertThat(interval.convert("2m")).isEqualTo(Duration.ofMinutes(2));
    assertThat(interval.convert("1.5 min")).isEqualTo(Duration.ofSeconds(90));
    assertThat(interval.convert("5")).isEqualTo(Interval.MIN);
    assertThat(interval.convert("60m")).isEqualTo(Interval.MAX);
  }

  @Test
  void refusesIntervalsOutsideTheBoundsOrNotTimes() {
    assertThatThrownBy(() -> interval.convert("4")).isInstanceOf(CommandLine.TypeConversionException.class)
        .hasMessage("expected 5 s to 1 h (a check itself takes up to 8 s), got \"4\"");
    assertThatThrownBy(() -> interval.convert("61m")).hasMessageContaining("got \"61m\"");
    assertThatThrownBy(() -> interval.convert("-5")).hasMessageContaining("expected seconds");
    assertThatThrownBy(() -> interval.convert("soon")).hasMessage("expected seconds (30, 30s) or minutes (2m), got \"soon\"");
  }

  @Test
  void readsBrowserNamesInAnyCaseAndNamesTheChoicesOtherwise() {
    Browser.Converter browsers = new Browser.Converter();
    assertThat(browsers.convert("Firefox")).isEqualTo(Browser.FIREFOX);
    assertThat(browsers.convert("edge").factValue()).isEqualTo("edge");
    assertThat(Browser.UNKNOWN.factValue()).isNull();
    assertThatThrownBy(() -> browsers.convert("netscape")).hasMessageStartingWith("expected one of unknown, chrome,")
        .hasMessageEndingWith("got \"netscape\"");
  }
}
