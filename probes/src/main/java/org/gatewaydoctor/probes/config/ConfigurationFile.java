package org.gatewaydoctor.probes.config;

import java.nio.file.Path;
import java.util.Objects;

/**
 * The configuration file a run uses, and what chose it.
 *
 * @param path the file
 * @param chosenBy what named it: {@code --config}, {@code $GATEWAY_DOCTOR_CONFIG}, or the default
 *     location ({@code $XDG_CONFIG_HOME/gateway-doctor/config.yaml}, ...)
 * @since 0.1.0
 */
public record ConfigurationFile(Path path, String chosenBy) {
  public ConfigurationFile {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(chosenBy, "chosenBy");
  }
}
