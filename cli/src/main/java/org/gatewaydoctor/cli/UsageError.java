package org.gatewaydoctor.cli;

/** Bad input or usage; its message is the one line the user sees. */
public final class UsageError extends Exception {
  public UsageError(String message) {
    super(message);
  }

  public UsageError(String message, Throwable cause) {
    super(message, cause);
  }
}
