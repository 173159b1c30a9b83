package org.gatewaydoctor.cli.rules;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.util.Map;
import org.gatewaydoctor.cli.CliContext;
import org.gatewaydoctor.cli.Diagnosers;
import org.gatewaydoctor.cli.GatewayDoctorCommand;
import org.gatewaydoctor.cli.Terminal;
import picocli.CommandLine;

/** Runs {@code gateway-doctor} in this JVM, as Main wires it, with stdout and stderr captured. */
final class Cli {

  /** How a run ended. */
  record Run(int exitCode, String stdout, String stderr) {}

  private Cli() {}

  static Run run(String... args) {
    CliContext context = new CliContext(Clock.systemUTC(), Map.of("GATEWAY_DOCTOR_EGRESS", "loopback"), Terminal.NONE,
        new Diagnosers());
    CommandLine cli = GatewayDoctorCommand.commandLine(context, args);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    int code = cli.execute(args);
    return new Run(code, out.toString(), err.toString());
  }
}
