package org.gatewaydoctor.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.gatewaydoctor.probes.rig.RequiresBinary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every curl command of docs/api.md runs, as written, with real curl against a real server ($API)
 * and a loopback target its checks.allow lists ($TARGET), and prints what the page shows under it
 * (each line of the text block that follows, "..." standing for the rest).
 */
@Timeout(300)
class DocumentedExamplesTest {

  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  private static final Path PAGE = ROOT.resolve("docs/api.md");

  /** A command block and what it must print. */
  private record Example(String command, List<String> expected) {}

  @Test
  void everyCurlExampleOfTheApiPagePrintsWhatThePageShows(@TempDir Path dir) throws Exception {
    Path curl = RequiresBinary.require("curl");
    List<Example> examples = examples(Files.readAllLines(PAGE, StandardCharsets.UTF_8));
    assertThat(examples).as("curl examples in " + PAGE).hasSizeGreaterThanOrEqualTo(8);
    // The commands name files relative to the repository: run them where those names resolve, in a
    // folder of their own (one of them writes files).
    Files.createSymbolicLink(dir.resolve("docs"), ROOT.resolve("docs"));
    Files.createSymbolicLink(dir.resolve("cli"), ROOT.resolve("cli"));
    try (Upstream target = Upstream.nginx502("127.0.0.1");
        RunningApi api = RunningApi.start(RunningApi.settings(RunningApi.configuration("deadline: 3s\n"
            + "references: []\nthroughput: null\nresolvers:\n  independent: {}\nchecks:\n  allow: [127.0.0.1]\n")))) {
      for (Example e : examples) {
        ProcessBuilder pb = new ProcessBuilder("bash", "-o", "pipefail", "-c", e.command()).directory(dir.toFile())
            .redirectErrorStream(true);
        pb.environment().put("API", api.base());
        pb.environment().put("TARGET", target.url());
        pb.environment().put("PATH", curl.getParent() + ":" + System.getenv("PATH"));
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(e.command() + "\n" + out).isZero();
        for (String line : e.expected()) {
          assertThat(out).as("the output of\n" + e.command()).contains(line);
        }
      }
    }
  }

  /** The ```sh blocks that run curl, each with the ```text block right after it (if any). */
  private static List<Example> examples(List<String> lines) {
    List<Example> out = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (!lines.get(i).equals("```sh")) {
        continue;
      }
      int end = next(lines, i + 1, "```");
      String command = String.join("\n", lines.subList(i + 1, end));
      List<String> expected = new ArrayList<>();
      int j = end + 1;
      while (j < lines.size() && lines.get(j).isBlank()) {
        j++;
      }
      if (j < lines.size() && lines.get(j).equals("```text")) {
        for (String l : lines.subList(j + 1, next(lines, j + 1, "```"))) {
          if (!l.isBlank() && !l.strip().equals("...")) {
            expected.add(l.stripTrailing());
          }
        }
      }
      if (command.contains("curl ")) {
        out.add(new Example(command, expected));
      }
      i = end;
    }
    return out;
  }

  private static int next(List<String> lines, int from, String fence) {
    for (int i = from; i < lines.size(); i++) {
      if (lines.get(i).equals(fence)) {
        return i;
      }
    }
    throw new IllegalStateException("unclosed code block at line " + from + " of " + PAGE);
  }
}
