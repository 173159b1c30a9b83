package org.gatewaydoctor.cli;

import java.util.List;
import java.util.OptionalInt;
import org.gatewaydoctor.cli.remote.WarmServer;
import org.gatewaydoctor.probes.check.TargetCheck;

/** The process entry point: the only place that calls {@code System.exit}. */
public final class Main {

  private Main() {}

  /** Runs {@code gateway-doctor} with {@code args} and exits with the documented code. */
  public static void main(String[] args) {
    quietLibraryLogging();
    // A running server answers a saved bundle warm, before this process parses its options or loads
    // any rules (docs/cli.md, "A warm server"); when it cannot, everything below runs as always.
    OptionalInt answered = WarmServer.diagnose(args, System.getenv(), Terminal.detect(System.getenv(),
        System.getProperties(), System.console() != null).colorOnStdout(), System.out, System.err);
    if (answered.isPresent()) {
      System.exit(answered.getAsInt());
    }
    CliContext context = CliContext.system();
    if (checksLive(List.of(args))) {
      TargetCheck.warmUp();
    }
    if (needsBuiltInRules(List.of(args))) {
      context.diagnosers().prefetch();
    }
    int code;
    try {
      code = GatewayDoctorCommand.commandLine(context, args).execute(args);
    } catch (OutOfMemoryError e) {
      // Never a stack trace (issue 16, defect 1): one line, and what to do.
      System.err.println("gateway-doctor: out of memory; give the JVM more heap, e.g. GATEWAY_DOCTOR_JAVA_OPTS=-Xmx1g");
      code = ExitCode.INTERNAL_ERROR.code();
    }
    System.exit(code);
  }

  /**
   * Logging defaults for a command-line tool (slf4j-simple reads them once, at its first logger, so
   * they are set before anything logs; a -D on the command line still wins). Libraries' INFO chatter
   * is dropped, their warnings stay (on stderr, never stdout). Drools' KieProject logs every rule
   * compile error again as a multi-line ERROR block; the CLI already reports each one, located, in
   * one line (or one per problem for {@code rules check}), so that logger alone is off. Drools'
   * warnings while it builds a rule base are advice for rule authors (move an eval into a pattern,
   * class reactivity, package and folder names), not for someone diagnosing a 502: only its errors
   * show.
   */
  private static void quietLibraryLogging() {
    System.getProperties().putIfAbsent("org.slf4j.simpleLogger.defaultLogLevel", "warn");
    System.getProperties().putIfAbsent("org.slf4j.simpleLogger.showThreadName", "false");
    // serve's own lines (listening, rule reloads, stopping) are what an operator reads in its log.
    System.getProperties().putIfAbsent("org.slf4j.simpleLogger.log.org.gatewaydoctor.api", "info");
    System.getProperties().putIfAbsent("org.slf4j.simpleLogger.log.org.drools", "error");
    System.getProperties().putIfAbsent("org.slf4j.simpleLogger.log.org.kie", "error");
    System.getProperties().putIfAbsent("org.slf4j.simpleLogger.log.org.drools.compiler.kie.builder.impl.KieProject",
        "off");
  }

  /** Whether this command line will probe live (a diagnosis without a saved bundle, HAR or lab), a guess. */
  static boolean checksLive(List<String> args) {
    return !args.isEmpty() && args.get(0).equals("diagnose") && args.stream().noneMatch(a -> a.startsWith("--facts")
        || a.startsWith("--har") || a.startsWith("--lab") || a.equals("-h") || a.equals("--help"));
  }

  /**
   * Whether this command line will diagnose with the built-in rule base, so that loading it can
   * start before the arguments are even parsed (a guess: a wrong one only costs idle CPU).
   */
  static boolean needsBuiltInRules(List<String> args) {
    return !args.isEmpty() && (args.get(0).equals("diagnose") || args.get(0).equals("rules"))
        && args.stream().noneMatch(a -> a.equals("--rules") || a.startsWith("--rules=") || a.equals("check")
            || a.equals("-h") || a.equals("--help") || a.equals("-V") || a.equals("--version"));
  }
}
