package org.gatewaydoctor.cli.rules;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code gateway-doctor rules}: commands for rule authors. {@code list} and {@code check} exist;
 * {@code test} (scenario bundles with expected verdicts) and {@code explain} (why a rule fired or
 * not) will join as further subcommands.
 */
@Command(
    name = "rules",
    mixinStandardHelpOptions = true,
    description = "Commands for rule authors: list the rules, check a rule directory.",
    subcommands = {RulesListCommand.class, RulesCheckCommand.class})
public final class RulesCommand implements Runnable {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
