package org.gatewaydoctor.probes.har;

/**
 * A HAR file that cannot be imported. The message is one line naming the file, the location (line
 * and column for broken JSON, a JSON pointer such as {@code /log/entries/3/response/status} for a
 * wrong shape) and what was expected.
 */
public final class HarException extends Exception {

  public HarException(String message) {
    super(org.gatewaydoctor.facts.Echo.line(message));
  }

  public HarException(String message, Throwable cause) {
    super(org.gatewaydoctor.facts.Echo.line(message), cause);
  }
}
