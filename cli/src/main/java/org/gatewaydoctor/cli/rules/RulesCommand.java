package org.gatewaydoctor.cli.rules;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code gateway-doctor rules}: commands for rule authors: {@code list} the knowledge base,
 * {@code check} a rule directory, {@code test} it against scenarios, {@code explain} a diagnosis.
 */
@Command(
    name = "rules",
    mixinStandardHelpOptions = true,
    description = "Commands for rule authors: list the rules, check a rule directory, test it against scenarios, "
        + "explain how a diagnosis came about.",
    subcommands = {RulesListCommand.class, RulesCheckCommand.class, RulesTestCommand.class, RulesExplainCommand.class})
public final class RulesCommand implements Runnable {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
