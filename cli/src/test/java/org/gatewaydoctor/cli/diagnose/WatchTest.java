package org.gatewaydoctor.cli.diagnose;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.gatewaydoctor.report.Format;
import org.gatewaydoctor.facts.Environment;
import org.gatewaydoctor.facts.Target;
import org.gatewaydoctor.facts.report.CauseAssessment;
import org.gatewaydoctor.facts.report.CauseState;
import org.gatewaydoctor.facts.report.Diagnosis;
import org.gatewaydoctor.facts.report.Side;
import org.gatewaydoctor.facts.report.Verdict;
import org.junit.jupiter.api.Test;

class WatchTest {

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();
  private final List<Duration> slept = new ArrayList<>();

  @Test
  void printsOnlyChangesAndEndsWithZeroOnceNothingIsWrong() throws Exception {
    Deque<Diagnosis> checks = new ArrayDeque<>(List.of(
        diagnosis(Side.SERVICE, "It's not you.", CauseState.CONFIRMED),
        diagnosis(Side.SERVICE, "It's not you.", CauseState.CONFIRMED),
        diagnosis(Side.SERVICE, "It's not you.", CauseState.LIKELY),
        diagnosis(Side.NONE, "Nothing is wrong.", CauseState.RULED_OUT)));

    int code = watch(Format.text).run(checks::removeFirst);

    assertThat(code).isZero();
    assertThat(out.toString()).contains("check 1: the service").doesNotContain("check 2")
        .contains("check 3: the service").contains("Overload (likely)").contains("check 4: nothing wrong")
        .contains("Nothing is wrong.");
    assertThat(slept).containsExactly(Duration.ofSeconds(30), Duration.ofSeconds(30), Duration.ofSeconds(30));
    assertThat(err.toString()).contains("Checking again every 30 s").contains("Recovered after 4 checks");
  }

  @Test
  void stopsAtOnceWhenNothingIsWrongOnTheFirstCheck() throws Exception {
    int code = watch(Format.text).run(() -> diagnosis(Side.NONE, "Nothing is wrong.", CauseState.RULED_OUT));

    assertThat(code).isZero();
    assertThat(slept).isEmpty();
    assertThat(err.toString()).contains("nothing to wait for");
  }

  @Test
  void writesOneCompactJsonReportPerChange() throws Exception {
    Deque<Diagnosis> checks = new ArrayDeque<>(List.of(
        diagnosis(Side.YOUR_NETWORK, "It's your network.", CauseState.CONFIRMED),
        diagnosis(Side.NONE, "Nothing is wrong.", CauseState.RULED_OUT)));

    watch(Format.json).run(checks::removeFirst);

    String[] lines = out.toString().split("\n");
    assertThat(lines).hasSize(2);
    assertThat(lines[0]).startsWith("{").contains("\"side\":\"YOUR_NETWORK\"");
    assertThat(lines[1]).contains("\"side\":\"NONE\"");
  }

  @Test
  void saysDurationsTheWayPeopleDo() {
    assertThat(Watch.human(Duration.ofSeconds(45))).isEqualTo("45 s");
    assertThat(Watch.human(Duration.ofSeconds(125))).isEqualTo("2 min 5 s");
    assertThat(Watch.human(Duration.ofMinutes(3))).isEqualTo("3 min");
  }

  private Watch watch(Format format) {
    Clock clock = Clock.fixed(Instant.parse("2026-11-26T10:00:00Z"), ZoneOffset.UTC);
    return new Watch(clock, ZoneOffset.UTC, Duration.ofSeconds(30), slept::add, new PrintWriter(out, true),
        new PrintWriter(err, true), format);
  }

  private static Diagnosis diagnosis(Side side, String summary, CauseState overload) {
    CauseAssessment cause = new CauseAssessment("server-overload", "Overload", "service", null,
        overload == CauseState.RULED_OUT ? -0.5 : 0.9, overload, null, List.of(), List.of());
    return new Diagnosis("1.0", "test", new Target("https://x.test/", "generic", "x.test"), Environment.UNKNOWN,
        "2026-11-26T10:00:00Z", new Verdict(side, summary), null, List.of(cause), List.of(), List.of(), List.of(),
        List.of());
  }
}
