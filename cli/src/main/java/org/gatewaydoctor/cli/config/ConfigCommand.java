package org.gatewaydoctor.cli.config;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code gateway-doctor config}: the configuration file (where probes look, which services are known). */
@Command(
    name = "config",
    mixinStandardHelpOptions = true,
    description = "The configuration: resolvers, reference sites, throughput sample, services and their status pages.",
    subcommands = {ConfigShowCommand.class})
public final class ConfigCommand implements Runnable {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
