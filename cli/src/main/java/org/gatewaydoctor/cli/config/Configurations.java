package org.gatewaydoctor.cli.config;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.gatewaydoctor.cli.CliContext;
import org.gatewaydoctor.cli.UsageError;
import org.gatewaydoctor.probes.config.Configuration;
import org.gatewaydoctor.probes.config.ConfigurationException;
import org.gatewaydoctor.probes.config.ConfigurationFile;
import org.gatewaydoctor.probes.config.ConfigurationLoader;
import org.gatewaydoctor.probes.egress.EgressPolicy;
import picocli.CommandLine;

/**
 * The configuration a command runs with: the file {@code --config} names (an option every command
 * inherits), else {@code $GATEWAY_DOCTOR_CONFIG}, else the default location, else the built-in
 * defaults. Any problem with it is bad input, reported before anything is probed.
 */
public final class Configurations {

  /** The inherited option's name. */
  public static final String OPTION = "--config";

  private Configurations() {}

  /** The file {@code --config} named on this command line, or null. */
  public static Path named(CommandLine.Model.CommandSpec spec) {
    CommandLine.Model.OptionSpec option = spec.findOption(OPTION);
    return option == null ? null : option.getValue();
  }

  /** The configuration in effect for the command {@code spec} runs. */
  public static Configuration load(CliContext context, CommandLine.Model.CommandSpec spec) throws UsageError {
    try {
      return loader(context).load(named(spec));
    } catch (ConfigurationException e) {
      throw new UsageError(e.getMessage(), e);
    }
  }

  /** The file the command {@code spec} would use, if any (a named file that is missing is bad input). */
  public static Optional<ConfigurationFile> locate(CliContext context, CommandLine.Model.CommandSpec spec)
      throws UsageError {
    try {
      return loader(context).locate(named(spec));
    } catch (ConfigurationException e) {
      throw new UsageError(e.getMessage(), e);
    }
  }

  /** The egress policy {@code GATEWAY_DOCTOR_EGRESS} in {@code env} asks for; another value is bad input. */
  public static EgressPolicy egressPolicy(Map<String, String> env) throws UsageError {
    try {
      return EgressPolicy.fromEnvironment(env);
    } catch (IllegalArgumentException e) {
      throw new UsageError(e.getMessage(), e);
    }
  }

  private static ConfigurationLoader loader(CliContext context) {
    return new ConfigurationLoader(context.env(), System.getProperties());
  }
}
