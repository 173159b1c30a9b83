package org.gatewaydoctor.cli;

/** Bad input or usage; its message is the one line the user sees, and the exit code is {@link ExitCode#BAD_INPUT}. */
public final class UsageError extends Exception {

  /** @param message one line saying what is wrong, with the value, and what to do */
  public UsageError(String message) {
    super(org.gatewaydoctor.facts.Echo.line(message));
  }

  /** @param message one line saying what is wrong, with the value, and what to do */
  public UsageError(String message, Throwable cause) {
    super(org.gatewaydoctor.facts.Echo.line(message), cause);
  }
}
