package org.gatewaydoctor.cli.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The tutorial of docs/rule-authoring.md, run as written so that it cannot rot: every {@code sh}
 * block in order, in a fresh folder where {@code ./gateway-doctor} runs this build's CLI classes
 * (what the launcher of a fresh clone runs from the jar), each under {@code sh -e}; the lines of the
 * {@code text} block after one (with {@code ...} for anything) must appear in its output, in order.
 */
@Timeout(value = 600, unit = TimeUnit.SECONDS)
class RuleAuthoringTutorialTest {

  private static final Path DOC = Path.of("../docs/rule-authoring.md");

  /** A code block of the document: its language and text, with the text block that follows it, if any. */
  record Block(String language, String text, String expected) {}

  /** A block and how running it ended. */
  record Ran(Block block, int exitCode, String output) {}

  @TempDir
  static Path work;

  private static final List<Ran> RUNS = new ArrayList<>();

  @BeforeAll
  static void runTheTutorial() throws Exception {
    Path launcher = work.resolve("gateway-doctor");
    // The launcher of a fresh clone runs the jar; here the same classes, from this test's class path.
    Files.writeString(launcher, "#!/bin/sh\nexec '" + Path.of(System.getProperty("java.home"), "bin", "java")
        + "' -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp '" + System.getProperty("java.class.path")
        + "' org.gatewaydoctor.cli.Main \"$@\"\n");
    Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwxr-xr-x"));
    for (Block b : blocks(Files.readString(DOC))) {
      if (b.language().equals("sh")) {
        RUNS.add(run(b));
      }
    }
  }

  private static Ran run(Block block) throws IOException, InterruptedException {
    Path output = Files.createTempFile(work.getParent(), "tutorial-block", ".out");
    ProcessBuilder pb = new ProcessBuilder("sh", "-e", "-c", block.text()).directory(work.toFile())
        .redirectErrorStream(true).redirectOutput(output.toFile());
    Map<String, String> env = pb.environment();
    env.keySet().removeIf(k -> k.startsWith("GATEWAY_DOCTOR_") || k.startsWith("XDG_"));
    env.put("GATEWAY_DOCTOR_EGRESS", "loopback");
    env.put("HOME", work.toString()); // no configuration file of the machine's user
    env.put("NO_COLOR", "1");
    Process p = pb.start();
    if (!p.waitFor(240, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("this block did not finish within 240 s:\n" + block.text());
    }
    return new Ran(block, p.exitValue(), Files.readString(output));
  }

  /** The fenced blocks of {@code markdown}, each sh block with the text block right after it. */
  static List<Block> blocks(String markdown) {
    List<String[]> fenced = new ArrayList<>();
    String language = null;
    StringBuilder text = new StringBuilder();
    for (String line : markdown.split("\n", -1)) {
      if (language == null && line.startsWith("```")) {
        language = line.substring(3).trim();
        text.setLength(0);
      } else if (language != null && line.equals("```")) {
        fenced.add(new String[] {language, text.toString()});
        language = null;
      } else if (language != null) {
        text.append(line).append('\n');
      }
    }
    List<Block> out = new ArrayList<>();
    for (int i = 0; i < fenced.size(); i++) {
      boolean textFollows = i + 1 < fenced.size() && fenced.get(i + 1)[0].equals("text");
      out.add(new Block(fenced.get(i)[0], fenced.get(i)[1], textFollows ? fenced.get(i + 1)[1] : null));
    }
    return out;
  }

  /** Whether every line of {@code expected} ({@code ...} matching anything) is a line of {@code output}, in order. */
  static boolean shows(String output, String expected) {
    List<String> lines = output.lines().map(String::stripTrailing).toList();
    int at = 0;
    for (String want : expected.lines().map(String::stripTrailing).filter(l -> !l.isEmpty() && !l.equals("...")).toList()) {
      Pattern p = Pattern.compile(List.of(want.split("\\.\\.\\.", -1)).stream().map(Pattern::quote)
          .collect(Collectors.joining(".*")));
      while (at < lines.size() && !p.matcher(lines.get(at)).matches()) {
        at++;
      }
      if (at == lines.size()) {
        return false;
      }
      at++;
    }
    return true;
  }

  @Test
  void runsEveryShellBlockAsWrittenAndPrintsWhatItsTextBlockShows() {
    assertThat(RUNS).as("sh blocks in %s", DOC).hasSizeGreaterThanOrEqualTo(6);
    for (Ran r : RUNS) {
      assertThat(r.exitCode()).as("exit code of\n%s\noutput:\n%s", r.block().text(), r.output()).isZero();
      if (r.block().expected() != null) {
        assertThat(shows(r.output(), r.block().expected()))
            .as("the output of\n%s\nshows, in order, the lines\n%s\nbut it is:\n%s", r.block().text(),
                r.block().expected(), r.output()).isTrue();
      }
    }
  }

  @Test
  void theRulesTheTutorialAddsChangeTheReport() {
    String before = output("diagnose --facts");
    String after = output("diagnose --rules my-rules");

    assertThat(before).doesNotContain("Example Corp web proxy").contains("exit code 6");
    assertThat(after).contains("Who answered with the error: Example Corp web proxy")
        .contains("1. Sign in to your company's web proxy").contains("exit code 4");
    assertThat(output("rules test my-rules")).contains("PASS  corp-proxy-sign-in");
  }

  @Test
  void matchesExpectedLinesInOrderWithEllipses() {
    assertThat(shows("a\nb 12 c\nd\n", "a\nb ... c\n...\nd\n")).isTrue();
    assertThat(shows("a\nd\n", "d\na\n")).isFalse();
    assertThat(shows("a\n", "x\n")).isFalse();
  }

  private static String output(String command) {
    return RUNS.stream().filter(r -> r.block().text().contains(command)).map(Ran::output).findFirst()
        .orElseThrow(() -> new AssertionError("no sh block runs " + command));
  }
}
