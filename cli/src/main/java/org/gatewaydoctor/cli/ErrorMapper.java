package org.gatewaydoctor.cli;

import java.io.PrintWriter;
import java.util.Map;
import org.gatewaydoctor.facts.Echo;
import picocli.CommandLine;

/**
 * Turns failures into one clear line on stderr and the documented exit code: bad input and usage
 * get {@link ExitCode#BAD_INPUT}; anything unexpected is a bug and gets
 * {@link ExitCode#INTERNAL_ERROR} (with the stack trace only when {@code GATEWAY_DOCTOR_DEBUG} is set).
 */
final class ErrorMapper implements CommandLine.IExitCodeExceptionMapper, CommandLine.IExecutionExceptionHandler,
    CommandLine.IParameterExceptionHandler {

  private final boolean debug;

  ErrorMapper(Map<String, String> env) {
    this.debug = env.get("GATEWAY_DOCTOR_DEBUG") != null;
  }

  @Override
  public int getExitCode(Throwable t) {
    return t instanceof UsageError || t instanceof CommandLine.ParameterException
        ? ExitCode.BAD_INPUT.code() : ExitCode.INTERNAL_ERROR.code();
  }

  @Override
  public int handleExecutionException(Exception e, CommandLine cli, CommandLine.ParseResult parsed) {
    PrintWriter err = cli.getErr();
    if (e instanceof UsageError) {
      err.println("gateway-doctor: " + Echo.line(e.getMessage()));
      err.flush();
      return ExitCode.BAD_INPUT.code();
    }
    err.println("gateway-doctor: internal error: " + oneLine(e)
        + " (please report it; set GATEWAY_DOCTOR_DEBUG=1 for details)");
    if (debug) {
      e.printStackTrace(err);
    }
    err.flush();
    return ExitCode.INTERNAL_ERROR.code();
  }

  @Override
  public int handleParseException(CommandLine.ParameterException e, String[] args) {
    CommandLine cli = e.getCommandLine();
    PrintWriter err = cli.getErr();
    err.println("gateway-doctor: " + oneLine(e.getMessage()));
    err.println("Try '" + cli.getCommandSpec().qualifiedName() + " --help' for more information.");
    err.flush();
    return ExitCode.BAD_INPUT.code();
  }

  /** The exception and its root cause on one line (Drools wraps a failing rule's exception). */
  private static String oneLine(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String text = root == e ? e.toString() : e.getClass().getName() + " caused by " + root;
    return oneLine(text);
  }

  private static String oneLine(String text) {
    return Echo.line(String.valueOf(text).replaceAll("[ \\t\\r\\n]+", " ").trim());
  }
}
