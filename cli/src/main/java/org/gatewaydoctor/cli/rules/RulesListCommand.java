package org.gatewaydoctor.cli.rules;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.gatewaydoctor.cli.CliContext;
import org.gatewaydoctor.cli.ExitCode;
import org.gatewaydoctor.cli.UsageError;
import org.gatewaydoctor.cli.config.Configurations;
import org.gatewaydoctor.rules.engine.RuleBase;
import org.gatewaydoctor.rules.engine.RuleInfo;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code gateway-doctor rules list}: every rule by area, as a rule author reads them. */
@Command(name = "list", mixinStandardHelpOptions = true,
    description = "List every rule of the rule base, by area (the built-in one, or with --rules DIR laid over it).")
final class RulesListCommand implements Callable<Integer> {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Option(names = "--rules", paramLabel = "DIR", description = "Lay the rule files of DIR over the built-in rule base.")
  Path rules;

  private final CliContext context;

  RulesListCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() throws UsageError {
    Configurations.load(context, spec); // --config is every command's; a bad file is bad input here too
    RuleBase base = context.diagnosers().forRules(rules).ruleBase();
    PrintWriter out = spec.commandLine().getOut();
    String area = null;
    for (RuleInfo r : base.rules()) {
      if (!r.area().equals(area)) {
        area = r.area();
        out.println((area.equals(base.rules().get(0).area()) ? "" : "\n") + area + " (" + r.pkg() + ")");
      }
      out.println("  " + r.name());
    }
    out.println();
    out.println(base.rules().size() + " rules in " + base.rulesPerArea().size() + " areas (" + base.origin() + ")");
    out.flush();
    return ExitCode.NOTHING_WRONG.code();
  }
}
