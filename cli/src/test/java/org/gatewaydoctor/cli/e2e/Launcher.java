package org.gatewaydoctor.cli.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Runs the real {@code ./gateway-doctor} launcher as a process, the way a user does, always under the
 * loopback-only egress policy. Output goes to files (no pipe can fill up and stall the process).
 */
final class Launcher {

  /** The launcher at the repository root (failsafe passes its path). */
  static final Path LAUNCHER = Path.of(System.getProperty("gateway-doctor.launcher", "../gateway-doctor"))
      .toAbsolutePath().normalize();

  /** The repository root. */
  static final Path ROOT = LAUNCHER.getParent();

  /** Test resources of this module. */
  static final Path RESOURCES = ROOT.resolve("cli/src/test/resources");

  /** The documented example bundles. */
  static final Path EXAMPLES = ROOT.resolve("docs/examples");

  /** The longest a run may take: a lab run needs a few seconds, a rule directory compiles in a few more. */
  static final Duration TIMEOUT = Duration.ofSeconds(120);

  private static final ObjectMapper JSON = new ObjectMapper();

  private Launcher() {}

  /** How a run ended. */
  record Run(List<String> command, int exitCode, String stdout, String stderr) {

    /** Lines of stderr other than warnings logged by libraries ({@code [thread] WARN logger - ...}). */
    List<String> messages() {
      return stderr.lines().filter(l -> !l.matches("^\\[[^\\]]+\\] WARN .*")).toList();
    }

    /** The report on stdout, parsed as JSON. */
    JsonNode json() {
      try {
        return JSON.readTree(stdout);
      } catch (IOException e) {
        throw new AssertionError("stdout is not JSON: " + e.getMessage() + "\n" + this, e);
      }
    }

    @Override
    public String toString() {
      return String.join(" ", command) + "\n  exit " + exitCode + "\n  stdout:\n" + indent(stdout)
          + "\n  stderr:\n" + indent(stderr);
    }

    private static String indent(String s) {
      String cut = s.length() > 4000 ? s.substring(0, 4000) + "\n..." : s;
      return cut.lines().map(l -> "    " + l).reduce((a, b) -> a + "\n" + b).orElse("");
    }
  }

  /** Runs the launcher with {@code args}. */
  static Run run(String... args) {
    return run(env -> {}, args);
  }

  /** Runs the launcher with {@code args}, after {@code environment} has adjusted its environment. */
  static Run run(Consumer<Map<String, String>> environment, String... args) {
    List<String> command = new ArrayList<>();
    command.add(LAUNCHER.toString());
    command.addAll(List.of(args));
    return exec(command, environment);
  }

  /** Runs any command with the test environment, waiting at most {@link #TIMEOUT}. */
  static Run exec(List<String> command, Consumer<Map<String, String>> environment) {
    try {
      Path out = Files.createTempFile("gd-out", ".txt");
      Path err = Files.createTempFile("gd-err", ".txt");
      try {
        ProcessBuilder pb = new ProcessBuilder(command).directory(ROOT.toFile())
            .redirectOutput(out.toFile()).redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.PIPE);
        pb.environment().put("GATEWAY_DOCTOR_EGRESS", "loopback");
        pb.environment().remove("NO_COLOR");
        environment.accept(pb.environment());
        Process p = pb.start();
        p.getOutputStream().close();
        if (!p.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
          p.destroyForcibly().waitFor();
          throw new AssertionError(String.join(" ", command) + " did not end within " + TIMEOUT);
        }
        return new Run(List.copyOf(command), p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
            Files.readString(err, StandardCharsets.UTF_8));
      } finally {
        Files.deleteIfExists(out);
        Files.deleteIfExists(err);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    }
  }

  /** Asserts that {@code run} failed as bad input does: exit 2, nothing on stdout, one clear line, no stack trace. */
  static void assertBadInput(Run run, String messageFragment) {
    assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
    assertThat(run.stdout()).as(run.toString()).isEmpty();
    List<String> messages = run.messages();
    assertThat(messages).as(run.toString()).isNotEmpty().hasSizeLessThanOrEqualTo(2);
    assertThat(messages.get(0)).as(run.toString()).startsWith("gateway-doctor: ").contains(messageFragment);
    if (messages.size() == 2) {
      assertThat(messages.get(1)).as(run.toString()).startsWith("Try 'gateway-doctor");
    }
    assertThat(run.stderr()).as(run.toString()).doesNotContain("\tat ").doesNotContain("Exception in thread");
  }
}
