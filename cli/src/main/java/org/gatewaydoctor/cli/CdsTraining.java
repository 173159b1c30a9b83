package org.gatewaydoctor.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * The training run for the class-data-sharing archive the build creates (JEP 350, dynamic AppCDS:
 * {@code java -XX:ArchiveClassesAtExit=gateway-doctor.jsa -cp gateway-doctor.jar
 * org.gatewaydoctor.cli.CdsTraining}). It runs the commands people run most, in one JVM, so that
 * the classes they load are in the archive: a lab run with the real probes, then diagnosing the
 * bundle it saved in every format, and the rule listing. Output is discarded; only failures are told.
 * Not a user command: the launcher never runs it.
 */
public final class CdsTraining {

  private CdsTraining() {}

  /** Runs the training commands; exits non-zero if one of them failed in an unexpected way. */
  public static void main(String[] args) throws IOException {
    Path dir = Files.createTempDirectory("gateway-doctor-cds");
    Path bundle = dir.resolve("lab.json");
    List<List<String>> runs = List.of(
        List.of("diagnose", "--lab", "healthy", "--format", "json", "--save-facts", bundle.toString()),
        List.of("diagnose", "--facts", bundle.toString(), "--format", "json"),
        List.of("diagnose", "--facts", bundle.toString(), "--format", "text"),
        List.of("diagnose", "--facts", bundle.toString(), "--format", "markdown"),
        List.of("diagnose", "--facts", bundle.toString(), "--format", "html"),
        List.of("rules", "list"),
        List.of("diagnose", "--help"));
    int failed = 0;
    Main.needsBuiltInRules(List.of()); // the entry point's own class belongs in the archive too
    try {
      for (List<String> run : runs) {
        CliContext context = new CliContext(Clock.systemUTC(), Map.of(), Terminal.NONE, new Diagnosers());
        var cli = GatewayDoctorCommand.commandLine(context);
        cli.setOut(new PrintWriter(OutputStream.nullOutputStream()));
        int code = cli.execute(run.toArray(String[]::new));
        if (code == ExitCode.BAD_INPUT.code() || code == ExitCode.INTERNAL_ERROR.code()) {
          System.err.println("cds training: " + String.join(" ", run) + " exited " + code);
          failed++;
        }
      }
    } finally {
      Files.deleteIfExists(bundle);
      Files.deleteIfExists(dir);
    }
    System.exit(failed == 0 ? 0 : 1);
  }
}
