package org.gatewaydoctor.cli.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import net.jqwik.api.AfterFailureMode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.gatewaydoctor.cli.ExitCode;
import org.gatewaydoctor.cli.InProcessRun;
import org.gatewaydoctor.probes.rig.GeneratedSection;
import org.gatewaydoctor.probes.rig.LoopbackOnlyGuard;
import org.gatewaydoctor.probes.rig.SafeText;
import picocli.CommandLine;

/**
 * Issue 16: fuzzing of the command line. Real command and option names mixed with garbage (unknown
 * options, missing and repeated values, control characters, bidi overrides, 10 kB words, bad URLs,
 * durations, ports and formats, files that are missing, empty, malformed or a directory) run through
 * the real picocli command in this JVM. Each is run, or refused with exit 2 in at most two lines
 * on stderr that name the problem, hold no raw control character and print nothing on stdout; never
 * exit 70 or a stack trace. No vector probes: those that would start a live check, a lab scenario
 * or a server are left out by the generator (see {@link #startsWork}), and a {@link LoopbackOnlyGuard}
 * refuses (and fails the test on) any lookup or contact off loopback all the same. The counts are
 * docs/reliability.md, section fuzzing-cli.
 */
class CliArgumentProperties {

  static final int TRIES = 10_000;
  /** Fixed, so that the counts in docs/reliability.md are the same on every run. */
  static final String SEED = "16016";
  private static final Path REPORT = Path.of("../docs/reliability.md");
  /** Inputs live in target/, under a fixed name, so that what messages echo is the same on every run. */
  private static final Path DIR = Path.of("target/fuzz-cli").toAbsolutePath();
  private static final Path BUNDLE = DIR.resolve("bundle.json");
  private static final Path HAR = DIR.resolve("page.har");
  private static final Path TRUNCATED_HAR = DIR.resolve("truncated.har");
  private static final Path WRONG_HAR = DIR.resolve("wrong-shape.har");
  private static final Path EMPTY = DIR.resolve("empty.json");
  private static final Path BINARY = DIR.resolve("binary.json");
  private static final Path CONFIG = DIR.resolve("loopback.yaml");
  private static final Path BAD_CONFIG = DIR.resolve("bad.yaml");
  private static final Path HOSTILE_NAME = DIR.resolve("\u001b]0;owned\u0007\u202eevil.json");
  private static final Path SUBDIR = DIR.resolve("a-directory");
  private static final Path MISSING = DIR.resolve("missing/nothing.json");
  private static final Path SAVE = DIR.resolve("out/saved.json");
  /** Files no run may overwrite (a --save-facts naming one would change later tries' input). */
  private static final Set<Path> INPUTS = Set.of(BUNDLE, HAR, TRUNCATED_HAR, WRONG_HAR, EMPTY, BINARY, CONFIG,
      BAD_CONFIG, HOSTILE_NAME);
  /**
   * The configuration every run gets (GATEWAY_DOCTOR_CONFIG), so that no user file counts: nothing
   * but loopback, a closed port, the smallest deadline.
   */
  private static final Map<String, String> ENV = Map.of("GATEWAY_DOCTOR_CONFIG", CONFIG.toString(),
      "XDG_CONFIG_HOME", DIR.resolve("xdg").toString(), "NO_COLOR", "1", "COLUMNS", "80");

  private static LoopbackOnlyGuard guard;
  /** How many tries ended with each exit code. */
  private static final SortedMap<Integer, Integer> BY_EXIT_CODE = new TreeMap<>();
  /** How many generated command lines were left out because they would start work ({@link #startsWork}). */
  private static int leftOut;

  @BeforeContainer
  static void writeInputsAndGuard() throws IOException {
    Files.createDirectories(SUBDIR);
    Files.createDirectories(SAVE.getParent());
    Files.write(BUNDLE, Files.readAllBytes(Path.of("../docs/examples/nginx-400-cookie-too-large-har.bundle.json")));
    Files.write(HAR, Files.readAllBytes(Path.of("src/test/resources/har/chatgpt-502.har")));
    Files.write(TRUNCATED_HAR, Files.readAllBytes(Path.of("src/test/resources/har/truncated.har")));
    Files.write(WRONG_HAR, Files.readAllBytes(Path.of("src/test/resources/har/wrong-shape.har")));
    Files.write(EMPTY, new byte[0]);
    Files.write(BINARY, new byte[] {(byte) 0xff, 0x00, 0x1b, '[', '2', 'J', '{', (byte) 0xc3});
    Files.writeString(CONFIG, """
        deadline: 1ms
        resolvers:
          system: ["127.0.0.1:9"]
          independent: {}
        references: []
        throughput: null
        """);
    Files.writeString(BAD_CONFIG, "deadline: -1s\nresolvers: [\u001b[2J\nunknown: {\n");
    Files.write(HOSTILE_NAME, "{\"version\":".getBytes(StandardCharsets.UTF_8));
    // One INFO line a run ("configuration loaded from ...") would be 10,000 lines of build log.
    System.setProperty("org.slf4j.simpleLogger.log.org.gatewaydoctor.probes.config", "warn");
    guard = LoopbackOnlyGuard.install();
  }

  @AfterContainer
  static void reportAndUnguard() {
    guard.close();
    // A failing try is reported by the property itself; a partial run's counts mean nothing.
    if (tries() == TRIES) {
      GeneratedSection.check(REPORT, "fuzzing-cli", markdown(), "regenerate it with "
          + RERUN + " -Dgatewaydoctor.docs.update=true");
    }
  }

  static final String RERUN = "GATEWAY_DOCTOR_EGRESS=loopback ./mvnw -B -q -pl cli -am test "
      + "-Dtest=CliArgumentProperties -Dsurefire.failIfNoSpecifiedTests=false";

  @Property(tries = TRIES, seed = SEED, afterFailure = AfterFailureMode.PREVIOUS_SEED)
  void anyCommandLineRunsOrIsRefusedInOneSafeLine(@ForAll("commandLines") List<String> args) {
    InProcessRun run = runCatchingLibraryWarnings(args);
    BY_EXIT_CODE.merge(run.exitCode(), 1, Integer::sum);

    assertThat(guard.attempts()).as("lookups or contacts off loopback").isEmpty();
    assertThat(run.exitCode()).as(run.toString()).isNotEqualTo(70);
    assertThat(run.stderr()).as(run.toString()).doesNotContainPattern("(?m)^\\s+at [\\w.$]+\\(")
        .doesNotContain("Exception:").doesNotContain("internal error");
    if (run.exitCode() == 2) {
      assertRefusedInOneSafeLine(run);
    }
  }

  /**
   * Runs {@code args}; picocli prints its own warnings ({@code [picocli WARN] Could not format ...})
   * straight to System.err, past the command's writers, so they are caught there and must not occur.
   */
  private static InProcessRun runCatchingLibraryWarnings(List<String> args) {
    PrintStream jvmErr = System.err;
    ByteArrayOutputStream caught = new ByteArrayOutputStream();
    System.setErr(new PrintStream(caught, true, StandardCharsets.UTF_8));
    InProcessRun run;
    try {
      run = InProcessRun.of(ENV, args);
    } finally {
      System.setErr(jvmErr);
    }
    assertThat(caught.toString(StandardCharsets.UTF_8)).as(run.toString()).doesNotContain("[picocli WARN]");
    return run;
  }

  /** Shrunk from a failing try: {@code config show --help} warned "Could not format" (an unescaped %APPDATA%). */
  @Example
  void helpTextsFormatWithoutWarnings() {
    InProcessRun run = runCatchingLibraryWarnings(List.of("config", "show", "--help"));

    assertThat(run.exitCode()).isZero();
    assertThat(run.stdout()).contains("%APPDATA%\\gateway-doctor\\config.yaml");
  }

  /** Shrunk from a failing try: picocli's own message named java.nio.file.InvalidPathException. */
  @Example
  void aPathNoFileSystemCanNameIsRefusedInTheUsersWords() {
    InProcessRun run = InProcessRun.of(ENV, List.of("--config", "--service\u0000"));

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
    assertRefusedInOneSafeLine(run);
    assertThat(run.stderr()).as(run.toString()).contains("'--config'", "cannot name a file (nul character not allowed)")
        .doesNotContain("java.");
  }

  static void assertRefusedInOneSafeLine(InProcessRun run) {
    assertThat(run.stdout()).as(run.toString()).isEmpty();
    List<String> lines = run.stderr().lines().toList();
    assertThat(lines).as(run.toString()).hasSizeBetween(1, 2);
    assertThat(lines.get(0)).as(run.toString()).startsWith("gateway-doctor: ").hasSizeLessThanOrEqualTo(800);
    // It names what was wrong: an option, a quoted value, a file's location or a command.
    assertThat(lines.get(0).substring("gateway-doctor: ".length())).as(run.toString())
        .containsAnyOf("--", "'", "\"", ":", "diagnose", "rules", "config", "serve");
    if (lines.size() == 2) {
      assertThat(lines.get(1)).as(run.toString()).startsWith("Try 'gateway-doctor");
    }
    assertThat(SafeText.firstUnsafe(run.stderr(), true)).as(run.toString()).isEmpty();
  }

  private static int tries() {
    return BY_EXIT_CODE.values().stream().mapToInt(Integer::intValue).sum();
  }

  private static String markdown() {
    StringBuilder md = new StringBuilder("""
        <!-- Generated by CliArgumentProperties (cli module) from a real run. Do not edit; regenerate with
             %s -Dgatewaydoctor.docs.update=true -->

        ## Fuzzing the command line

        %,d command lines generated by jqwik (seed %s) run through the real picocli command in one JVM
        (`InProcessRun`): a command or none (`diagnose`, `rules list|explain|check|test`, `config show`, `serve`,
        `generate-completion`, `help`, a misspelt one), then up to 7 words: real option names, option names
        with a value attached (`--format=`), values good and bad (formats, browsers, services, lab scenarios,
        durations, ports, sizes, http(s) and other URLs), files (a bundle, a HAR, truncated and wrong-shaped
        HARs, empty and binary files, a malformed configuration, a file whose name holds escape sequences,
        a directory, a missing path, `@file` arguments) and random strings; a sixth of the words carry an
        escape sequence, a bell, a forged line, a bidi override, NUL or a lone surrogate, or are repeated to
        10 kB. Every run gets a configuration of loopback endpoints only (`GATEWAY_DOCTOR_CONFIG`).
        A command line that would start a live check, a lab scenario, a server or a rule compilation
        (`rules check|test`, `--rules` with a directory), or save over an input, is left out by the generator
        (%,d were), so no try probes; a security manager that refuses any lookup or contact off loopback
        guards the run all the same (0 attempts).

        Each run must end with no exit 70, no stack trace and no "internal error"; a refusal (exit 2) with
        nothing on stdout and at most two lines on stderr, `gateway-doctor: ` and what was wrong (an option,
        a quoted value or a file's location), then `Try 'gateway-doctor ... --help'`, with no raw control
        character, line separator or bidi override.

        | exit code | meaning | tries |
        |---:|---|---:|
        """.formatted(RERUN, TRIES, SEED, leftOut));
    BY_EXIT_CODE.forEach((code, n) -> md.append("| ").append(code).append(" | ").append(meaning(code))
        .append(" | ").append(String.format("%,d", n)).append(" |\n"));
    md.append("| | **all** | ").append(String.format("%,d", tries())).append(" |\n\n")
        .append("Internal errors (exit 70) and uncaught exceptions: 0. Re-run: `").append(RERUN).append("`.\n");
    return md.toString();
  }

  private static String meaning(int code) {
    for (ExitCode c : ExitCode.values()) {
      if (c.code() == code) {
        return c.meaning();
      }
    }
    return "(not a documented exit code)";
  }

  @Provide
  Arbitrary<List<String>> commandLines() {
    Arbitrary<List<String>> command = Arbitraries.of(List.of(), List.of("diagnose"), List.of("diagnose"),
        List.of("diagnose"), List.of("rules"), List.of("rules", "list"), List.of("rules", "explain"),
        List.of("rules", "check"), List.of("rules", "test"), List.of("config"), List.of("config", "show"),
        List.of("serve"), List.of("generate-completion"), List.of("help"), List.of("diagnoze"), List.of("--diagnose"));
    Arbitrary<List<String>> words = word().list().ofMaxSize(7);
    return Combinators.combine(command, words).as((c, w) -> {
      List<String> all = new ArrayList<>(c);
      all.addAll(w);
      return List.copyOf(all);
    }).filter(args -> {
      boolean work = startsWork(args);
      leftOut += work ? 1 : 0;
      return !work;
    });
  }

  /** An option name, a value (good or bad), an option with its value attached, or garbage; a sixth made hostile. */
  private static Arbitrary<String> word() {
    Arbitrary<String> attached = Combinators.combine(Arbitraries.of(OPTIONS), Arbitraries.of(values()))
        .as((o, v) -> o + "=" + v);
    Arbitrary<String> garbage = Arbitraries.strings().ofMaxLength(12);
    @SuppressWarnings("unchecked")
    Arbitrary<String> base = Arbitraries.frequencyOf(Tuple.of(8, Arbitraries.of(OPTIONS)),
        Tuple.of(8, Arbitraries.of(values())), Tuple.of(1, attached),
        Tuple.of(2, garbage));
    return Combinators.combine(base, Arbitraries.integers().between(0, 11), Arbitraries.of(HOSTILE))
        .as(CliArgumentProperties::spoil);
  }

  /** {@code word} with a hostile sequence before or after it, or repeated to 10 kB; as is five times in six. */
  private static String spoil(String word, int how, String hostile) {
    return switch (how) {
      case 0 -> word + hostile;
      case 1 -> hostile + word;
      default -> how == 2 && word.length() < 10_000 ? (word + "x").repeat(10_000 / (word.length() + 1) + 1) : word;
    };
  }

  /** What a terminal acts on (title, bell, clear screen, CSI, forged line), bidi overrides, NUL, a lone surrogate. */
  private static final List<String> HOSTILE = List.of("\u001b]0;owned\u0007", "\u0007", "\r\ngateway-doctor: ok",
      "\u001b[2J", "\u009b31m", "\u202e", "\u2066", "\u2028", "\u0000", "\ud800", "\t", "\u007f");

  private static final List<String> OPTIONS = List.of("--service", "--browser", "--no-browser-profiles", "--facts",
      "--har", "--lab", "--format", "--save-facts", "--watch", "--interval", "--rules", "--config", "--help", "-h",
      "--version", "-V", "--causes", "--solutions", "--fingerprints", "--thresholds", "--services", "--port", "--bind",
      "--max-body", "--max-checks", "--checks-per-minute", "--echo", "--", "-", "--fromat", "--facts-", "-x", "-hV",
      "--=", "---", "diagnose", "rules", "check", "list", "show");

  /** Values an option takes, good ones and bad ones, and files of every kind. */
  private static List<String> values() {
    return List.of("json", "text", "markdown", "html", "xml", "JSON", "", " ", "chrome", "firefox", "netscape",
        "5", "45s", "2m", "1h", "4s", "61m", "0", "-1", "PT5S", "1e9", "99999999999999999999", "5 s", "\u221e",
        "chatgpt", "github", "generic", "no-such-service", "list", "healthy", "no-such-scenario",
        "https://chatgpt.com/", "http://127.0.0.1:9/", "ftp://example.com/", "http://", "https://[::1",
        "http://exa mple.com/", "file:///etc/passwd", "javascript:alert(1)", "//x", "70000", "-5", "127.0.0.1",
        "localhost", "5MB", "1kB", "5XB", BUNDLE.toString(), HAR.toString(), TRUNCATED_HAR.toString(),
        WRONG_HAR.toString(), EMPTY.toString(), BINARY.toString(), CONFIG.toString(), BAD_CONFIG.toString(),
        HOSTILE_NAME.toString(), SUBDIR.toString(), MISSING.toString(), SAVE.toString(), "/proc/1/x.json",
        "/dev/null", "@" + MISSING, "@" + EMPTY, "@" + BAD_CONFIG);
  }

  /** Whether {@code args} would start a live check, a lab scenario or a server: left out (see the class doc). */
  static boolean startsWork(List<String> args) {
    CommandLine.ParseResult parsed;
    try {
      parsed = InProcessRun.parse(ENV, args);
    } catch (CommandLine.ParameterException e) {
      return false;
    }
    for (CommandLine.ParseResult p = parsed; p != null; p = p.subcommand()) {
      if (p.isUsageHelpRequested() || p.isVersionHelpRequested()) {
        return false;
      }
      if (p.subcommand() == null) {
        return startsWork(p);
      }
    }
    return false;
  }

  private static boolean startsWork(CommandLine.ParseResult leaf) {
    String name = leaf.commandSpec().qualifiedName(" ");
    if (leaf.hasMatchedOption("--save-facts") && INPUTS.contains(path(leaf.matchedOptionValue("--save-facts", "")))) {
      return true; // not work, but it would overwrite an input of later tries
    }
    if (leaf.hasMatchedOption("--rules") && Files.isDirectory(path(leaf.matchedOptionValue("--rules", "")))) {
      return true; // compiles a rule base: seconds a try
    }
    return switch (name) {
      case "gateway-doctor diagnose" -> !(leaf.hasMatchedOption("--facts") || leaf.hasMatchedOption("--har")
          || leaf.hasMatchedOption("--lab") && !isScenario(leaf.matchedOptionValue("--lab", "")));
      case "gateway-doctor serve" -> {
        int port = leaf.matchedOptionValue("--port", 8080);
        yield port >= 0 && port <= 65535;
      }
      case "gateway-doctor rules check", "gateway-doctor rules test" -> true;
      default -> false;
    };
  }

  private static boolean isScenario(String id) {
    return !"list".equals(id);
  }

  private static Path path(Object value) {
    try {
      return Path.of(String.valueOf(value)).toAbsolutePath();
    } catch (RuntimeException e) {
      return Path.of("/nonexistent");
    }
  }
}

