package org.gatewaydoctor.facts.bundle;

/**
 * A bundle (or another JSON input) that cannot be used. The message is one line that names the
 * input, the location (line and column, and the JSON pointer when known) and what was expected.
 */
public final class BundleException extends Exception {

  public BundleException(String message) {
    super(org.gatewaydoctor.facts.Echo.line(message));
  }

  public BundleException(String message, Throwable cause) {
    super(org.gatewaydoctor.facts.Echo.line(message), cause);
  }
}
