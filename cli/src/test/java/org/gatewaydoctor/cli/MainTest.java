package org.gatewaydoctor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class MainTest {

  @Test
  void prefetchesTheBuiltInRulesOnlyForCommandsThatUseThem() {
    assertThat(Main.needsBuiltInRules(List.of("diagnose", "--lab"))).isTrue();
    assertThat(Main.needsBuiltInRules(List.of("rules", "list"))).isTrue();
    assertThat(Main.needsBuiltInRules(List.of("diagnose", "--rules", "dir"))).isFalse();
    assertThat(Main.needsBuiltInRules(List.of("diagnose", "--help"))).isFalse();
    assertThat(Main.needsBuiltInRules(List.of("rules", "check", "dir"))).isFalse();
    assertThat(Main.needsBuiltInRules(List.of("--version"))).isFalse();
    assertThat(Main.needsBuiltInRules(List.of())).isFalse();
  }

  @Test
  void warmsUpTheProbesOnlyForALiveCheck() {
    assertThat(Main.checksLive(List.of("diagnose", "https://chatgpt.com/"))).isTrue();
    assertThat(Main.checksLive(List.of("diagnose", "--service", "chatgpt", "--watch"))).isTrue();
    assertThat(Main.checksLive(List.of("diagnose", "--facts", "b.json"))).isFalse();
    assertThat(Main.checksLive(List.of("diagnose", "--har=s.har"))).isFalse();
    assertThat(Main.checksLive(List.of("diagnose", "--lab"))).isFalse();
    assertThat(Main.checksLive(List.of("diagnose", "--help"))).isFalse();
    assertThat(Main.checksLive(List.of("serve"))).isFalse();
    assertThat(Main.checksLive(List.of())).isFalse();
  }

  @Test
  void readsWhichStreamsAreTerminalsFromTheLauncher() {
    Properties props = new Properties();
    props.setProperty(Terminal.TTY_PROPERTY, ",err");

    Terminal t = Terminal.detect(Map.of("TERM", "xterm"), props, true);

    assertThat(t.stdoutTty()).isFalse();
    assertThat(t.colorOnStdout()).isFalse();
    assertThat(t.redrawOnStderr()).isTrue();
  }

  @Test
  void honoursNoColorAndDumbTerminals() {
    Properties props = new Properties();
    props.setProperty(Terminal.TTY_PROPERTY, "out,err");

    assertThat(Terminal.detect(Map.of(), props, false).colorOnStdout()).isTrue();
    assertThat(Terminal.detect(Map.of("NO_COLOR", "1"), props, false).colorOnStdout()).isFalse();
    assertThat(Terminal.detect(Map.of("NO_COLOR", "1"), props, false).redrawOnStderr()).isTrue();
    assertThat(Terminal.detect(Map.of("TERM", "dumb"), props, false).redrawOnStderr()).isFalse();
    assertThat(Terminal.detect(Map.of(), new Properties(), true).stderrTty()).isTrue();
  }

  @Test
  void listsEveryExitCodeInHelp() {
    assertThat(ExitCode.helpList()).hasSize(ExitCode.values().length - 1).containsKeys("  0", "  2", "  3", "  4", "  5",
        "  6", " 70").doesNotContainKey("  1");
    assertThat(ExitCode.rulesHelpList()).containsOnlyKeys("  0", "  1", "  2", " 70");
  }
}
