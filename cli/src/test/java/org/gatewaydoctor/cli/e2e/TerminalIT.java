package org.gatewaydoctor.cli.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The launcher on a terminal: {@code script} (util-linux) gives the process a pseudo-terminal for
 * stdout and stderr, as an interactive shell would. Colour and progress redrawn in place then appear;
 * NO_COLOR turns the colour off and keeps the redrawing.
 */
@Timeout(300)
class TerminalIT {

  private static final String BOLD = "\u001b[1m";
  private static final String ERASE_LINE = "\u001b[2K";

  @Test
  void onATerminalTheReportHasColourAndProgressIsRedrawnInPlace() {
    Launcher.Run run = onTerminal(List.of(), "diagnose --lab healthy");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.stdout()).contains(BOLD).contains(ERASE_LINE).containsPattern("\u001b\\[\\d+A");
  }

  @Test
  void noColorTurnsColourOffButKeepsTheProgressDisplay() {
    Launcher.Run run = onTerminal(List.of("NO_COLOR=1"), "diagnose --lab healthy");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    // No SGR colour or bold (CSI ... m); cursor movement (CSI n A) and erasing (CSI 2 K) remain.
    assertThat(run.stdout()).doesNotContainPattern("\u001b\\[[0-9;]*m").contains(ERASE_LINE);
  }

  private static Launcher.Run onTerminal(List<String> env, String args) {
    Path script = RequiresBinary.find("script");
    // script -e returns the command's exit code; -q keeps its own notices out; output is the terminal's.
    String command = String.join(" ", env) + (env.isEmpty() ? "" : " ") + Launcher.LAUNCHER + " " + args;
    return Launcher.exec(List.of(script.toString(), "-qec", command, "/dev/null"), e -> e.put("TERM", "xterm"));
  }
}
