package org.gatewaydoctor.cli.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.gatewaydoctor.cli.InProcessRun;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 16, defect 2: a bad value with escape sequences, a bell, carriage returns or 28,000
 * characters is echoed quoted, escaped and capped: one short line, nothing a terminal acts on.
 */
class TerminalSafeMessagesTest {

  /** Sets the window title, rings the bell, forges a line, and clears the screen. */
  private static final String HOSTILE = "\u001b]0;owned\u0007\r\ngateway-doctor: all good\u001b[2J\u009b31m";
  private static final String LONG = "x".repeat(28_000) + "\n".repeat(28_000);

  static Stream<List<String>> badCommandLines() {
    return Stream.of(
        List.of("diagnose", "ftp://" + HOSTILE),
        List.of("diagnose", LONG),
        List.of("diagnose", "--service", HOSTILE),
        List.of("diagnose", "--service", LONG),
        List.of("diagnose", "--interval", HOSTILE),
        List.of("diagnose", "--lab", HOSTILE),
        List.of("diagnose", "--facts", "/nonexistent/" + HOSTILE),
        List.of("diagnose", "--har", "/nonexistent/" + LONG),
        List.of("diagnose", "--format", HOSTILE),
        List.of("diagnose", "--" + HOSTILE),
        List.of("diagnose", "--save-facts", "/proc/" + HOSTILE + "/x.json", "--lab"));
  }

  @ParameterizedTest
  @MethodSource("badCommandLines")
  void aBadValueIsEchoedQuotedEscapedAndCapped(List<String> args) {
    InProcessRun run = InProcessRun.of(Map.of(), args);

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
    assertThat(run.stderr().lines().count()).as(run.toString()).isBetween(1L, 2L);
    run.stderr().lines().forEach(line -> assertThat(line.length()).as(line).isLessThanOrEqualTo(700));
    assertThat(run.stderr().chars().filter(c -> c != '\n' && (c < 0x20 || (c >= 0x7f && c <= 0x9f))))
        .as(run.toString()).isEmpty();
  }
}
