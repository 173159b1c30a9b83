package org.gatewaydoctor.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs a {@code gateway-doctor} command line inside the test's JVM, wired as {@link Main} wires it,
 * always under the loopback-only egress policy, and keeps what it printed: fast enough to run many
 * hostile cases where the launcher as a process would take a JVM start each.
 *
 * @param exitCode the exit code the command returned
 * @param stdout everything printed on standard output
 * @param stderr everything printed on standard error
 */
public record InProcessRun(int exitCode, String stdout, String stderr) {

  /** One rule base for every run of a test JVM: loading it is the slow part of a run. */
  private static final Diagnosers DIAGNOSERS = new Diagnosers();

  /** Runs {@code args} with the environment of this process plus {@code env}, egress loopback only. */
  public static InProcessRun of(Map<String, String> env, List<String> args) {
    Map<String, String> all = new HashMap<>(System.getenv());
    all.putAll(env);
    all.put("GATEWAY_DOCTOR_EGRESS", "loopback");
    CliContext context = new CliContext(Clock.systemUTC(), all, Terminal.NONE, DIAGNOSERS);
    String[] argv = args.toArray(String[]::new);
    var cli = GatewayDoctorCommand.commandLine(context, argv);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    int code = cli.execute(argv);
    return new InProcessRun(code, out.toString(), err.toString());
  }

  /**
   * What picocli makes of {@code args} with the command line {@link #of} would run, without running
   * anything: lets a generator of command lines tell which ones would start a live check or a server.
   *
   * @throws picocli.CommandLine.ParameterException when picocli refuses {@code args}
   */
  public static picocli.CommandLine.ParseResult parse(Map<String, String> env, List<String> args) {
    String[] argv = args.toArray(String[]::new);
    // One model of every command per environment, reused: picocli resets it before each parse, and
    // building it (by reflection) would otherwise be most of a fuzzing try.
    return PARSERS.computeIfAbsent(Map.copyOf(env), e -> {
      Map<String, String> all = new HashMap<>(System.getenv());
      all.putAll(e);
      all.put("GATEWAY_DOCTOR_EGRESS", "loopback");
      return GatewayDoctorCommand.commandLine(new CliContext(Clock.systemUTC(), all, Terminal.NONE, DIAGNOSERS));
    }).parseArgs(argv);
  }

  /** The command lines {@link #parse} reuses, by environment. */
  private static final Map<Map<String, String>, picocli.CommandLine> PARSERS =
      new java.util.concurrent.ConcurrentHashMap<>();

  /** Runs {@code args} under the loopback-only egress policy. */
  public static InProcessRun of(String... args) {
    return of(Map.of(), List.of(args));
  }

  @Override
  public String toString() {
    return "exit " + exitCode + "\n--- stdout ---\n" + stdout + "\n--- stderr ---\n" + stderr;
  }
}
