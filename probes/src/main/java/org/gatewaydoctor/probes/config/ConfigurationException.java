package org.gatewaydoctor.probes.config;

import org.gatewaydoctor.facts.yaml.YamlException;

/**
 * A configuration that cannot be used: a file that is missing or malformed, an unknown key, a value
 * out of range, or a JVM property the probes read that makes no sense. The message is one line,
 * {@code FILE:LINE:COLUMN: what} when it comes from a file, and says what is expected.
 *
 * @since 0.1.0
 */
public final class ConfigurationException extends Exception {

  /** @param message one line: where, what is wrong with which value, and what is expected */
  public ConfigurationException(String message) {
    super(org.gatewaydoctor.facts.Echo.line(message));
  }

  /** @param message one line, as above; {@code cause} is the underlying failure */
  public ConfigurationException(String message, Throwable cause) {
    super(org.gatewaydoctor.facts.Echo.line(message), cause);
  }

  /** The located problem of a YAML document, as a configuration problem. */
  static ConfigurationException of(YamlException e) {
    return new ConfigurationException(e.getMessage(), e);
  }
}
