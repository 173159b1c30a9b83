package org.gatewaydoctor.rules.authoring;

/** A scenario file that cannot be used; the message names the file and the problem. */
public final class ScenarioException extends Exception {
  public ScenarioException(String message) {
    super(message);
  }

  public ScenarioException(String message, Throwable cause) {
    super(message, cause);
  }
}
