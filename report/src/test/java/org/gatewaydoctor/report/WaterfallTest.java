package org.gatewaydoctor.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gatewaydoctor.facts.http.HttpTimings;
import org.gatewaydoctor.facts.report.TimingSample;
import org.junit.jupiter.api.Test;

class WaterfallTest {

  @Test
  void laysMeasuredPhasesEndToEndWithTransferAsTheRemainder() {
    List<Waterfall.Bar> bars = Waterfall.bars(new HttpTimings(20.0, 15.0, 30.0, 400.0, 500.0));

    assertThat(bars).extracting(Waterfall.Bar::phase).containsExactly("dns", "connect", "tls", "server", "transfer");
    assertThat(bars).extracting(Waterfall.Bar::startMs).containsExactly(0.0, 20.0, 35.0, 65.0, 465.0);
    assertThat(bars.get(4).ms()).isEqualTo(35.0);
  }

  @Test
  void drawsNoBarForAPhaseThatDidNotHappen() {
    // A reused connection: no DNS, connect or TLS, as in the example report's second sample.
    List<Waterfall.Bar> bars = Waterfall.bars(new HttpTimings(null, null, null, 4102.0, 4118.6));

    assertThat(bars).extracting(Waterfall.Bar::phase).containsExactly("server", "transfer");
    assertThat(bars.get(0).startMs()).isZero();
  }

  @Test
  void measuresNoTransferWithoutATimeToFirstByte() {
    assertThat(Waterfall.bars(new HttpTimings(5.0, null, null, null, 900.0))).extracting(Waterfall.Bar::phase)
        .containsExactly("dns");
    assertThat(Waterfall.bars(HttpTimings.NONE)).isEmpty();
  }

  @Test
  void drawsOneRectPerMeasuredPhaseOfEverySample() throws Exception {
    String svg = Waterfall.svg(SampleDiagnoses.example().samples());

    // The example: samples 1 and 3 have all five phases, sample 2 (a reused connection) two.
    assertThat(count(svg, "data-sample=\"probe 1\" data-phase=")).isEqualTo(5);
    assertThat(count(svg, "data-sample=\"probe 2\" data-phase=")).isEqualTo(2);
    assertThat(count(svg, "data-sample=\"probe 3\" data-phase=")).isEqualTo(5);
    assertThat(svg).startsWith("<svg").contains("</svg>");
  }

  @Test
  void saysSoWhenNothingWasTimed() {
    assertThat(Waterfall.svg(List.of())).doesNotContain("<svg").contains("No HTTP request was timed");
    String untimed = Waterfall.svg(List.of(new TimingSample("har", 1, "https://x.test/", null, "refused", null, "/x")));
    assertThat(untimed).contains("not timed").doesNotContain("<rect");
  }

  private static int count(String text, String what) {
    Matcher m = Pattern.compile(Pattern.quote(what)).matcher(text);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }
}
