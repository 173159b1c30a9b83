package org.gatewaydoctor.cli;

import org.gatewaydoctor.facts.report.Side;

/**
 * The process exit codes, one per verdict side plus errors, so that scripts can act on the answer
 * (documented in {@code docs/cli.md} and in {@code --help}).
 */
public enum ExitCode {
  /** Nothing wrong was found: the service answered normally. */
  NOTHING_WRONG(0),
  /** Bad input or usage: a missing or malformed file, an unknown option or service, a bad URL. */
  BAD_INPUT(2),
  /** The fault is on the service's side. */
  SERVICE(3),
  /** The fault is on the user's network. */
  YOUR_NETWORK(4),
  /** The fault is on the user's device. */
  YOUR_DEVICE(5),
  /** The evidence does not say whose side the fault is on. */
  UNDETERMINED(6),
  /** A bug in gateway-doctor (EX_SOFTWARE of sysexits.h). */
  INTERNAL_ERROR(70);

  private final int code;

  ExitCode(int code) {
    this.code = code;
  }

  /** The numeric code the process exits with. */
  public int code() {
    return code;
  }

  /** The exit code for a verdict side. */
  public static ExitCode of(Side side) {
    return switch (side) {
      case NONE -> NOTHING_WRONG;
      case SERVICE -> SERVICE;
      case YOUR_NETWORK -> YOUR_NETWORK;
      case YOUR_DEVICE -> YOUR_DEVICE;
      case UNKNOWN -> UNDETERMINED;
    };
  }
}
