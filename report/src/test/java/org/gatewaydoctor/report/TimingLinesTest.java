package org.gatewaydoctor.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.gatewaydoctor.facts.http.HttpTimings;
import org.gatewaydoctor.facts.report.TimingSample;
import org.junit.jupiter.api.Test;

class TimingLinesTest {

  private static TimingSample sample(int n, double ttfb) {
    return new TimingSample("probe", n, "https://x.test/", 502, null, new HttpTimings(20.0, 15.0, 30.0, ttfb, ttfb + 5),
        "/observations/http/" + (n - 1));
  }

  @Test
  void onePhaseFarSlowerThanTheOthersIsMarkedAsAnOutlier() {
    StringBuilder out = new StringBuilder();
    TimingLines.append(out, List.of(sample(1, 80), sample(2, 4000), sample(3, 90)));

    assertThat(out.toString()).contains("Timing (DNS, connect, TLS, first byte, total)")
        .containsPattern("probe 2 +HTTP 502 +20 ms +15 ms +30 ms +4\\.00 s! +4\\.0\\d s!")
        .containsPattern("probe 1 +HTTP 502 +20 ms +15 ms +30 ms +80 ms +85 ms\\n")
        .contains("! more than 3 times the median of the requests");
  }

  @Test
  void similarRequestsMarkNothing() {
    StringBuilder out = new StringBuilder();
    TimingLines.append(out, List.of(sample(1, 3990), sample(2, 4100), sample(3, 3880)));

    assertThat(out.toString()).doesNotContain("!");
  }
}
