package org.gatewaydoctor.cli.rules;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code gateway-doctor rules}: commands for rule authors: {@code list} the knowledge base,
 * {@code check} a rule directory, {@code test} it against scenarios.
 */
@Command(
    name = "rules",
    mixinStandardHelpOptions = true,
    description = "Commands for rule authors: list the rules, check a rule directory, test it against scenarios.",
    subcommands = {RulesListCommand.class, RulesCheckCommand.class, RulesTestCommand.class})
public final class RulesCommand implements Runnable {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
