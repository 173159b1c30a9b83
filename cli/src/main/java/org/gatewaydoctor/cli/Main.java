package org.gatewaydoctor.cli;

import java.util.List;

/** The process entry point: the only place that calls {@code System.exit}. */
public final class Main {

  private Main() {}

  /** Runs {@code gateway-doctor} with {@code args} and exits with the documented code. */
  public static void main(String[] args) {
    CliContext context = CliContext.system();
    if (needsBuiltInRules(List.of(args))) {
      context.diagnosers().prefetch();
    }
    System.exit(GatewayDoctorCommand.commandLine(context).execute(args));
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
