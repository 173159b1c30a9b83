package org.gatewaydoctor.cli.rules;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.gatewaydoctor.cli.CliContext;
import org.gatewaydoctor.cli.ExitCode;
import org.gatewaydoctor.cli.UsageError;
import org.gatewaydoctor.cli.config.Configurations;
import org.gatewaydoctor.rules.Diagnoser;
import org.gatewaydoctor.rules.catalog.CatalogException;
import org.gatewaydoctor.rules.engine.RuleBase;
import org.gatewaydoctor.rules.engine.RuleBaseException;
import org.gatewaydoctor.rules.engine.RuleMessage;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code gateway-doctor rules check DIR}: compiles a rule directory over the built-in rule base and
 * validates its catalogue, as {@code diagnose --rules DIR} would load it. Problems are printed one
 * per line as {@code file:line:column: text} (the form editors and CI annotate) and exit with 2.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
    description = {"Compile the rule files of DIR over the built-in rule base and validate its catalogue.",
        "Each problem is printed as file:line:column: text; exit code 0 when DIR is valid, 2 when not."})
final class RulesCheckCommand implements Callable<Integer> {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "DIR", description = "The rule directory (.drl files, catalogue files in catalog/ or at its top).")
  Path dir;

  private final CliContext context;

  RulesCheckCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() throws UsageError {
    Configurations.load(context, spec); // --config is every command's; a bad file is bad input here too
    if (!Files.isDirectory(dir)) {
      throw new UsageError(dir + ": no such directory; expected a rule directory");
    }
    PrintWriter out = spec.commandLine().getOut();
    try {
      RuleBase base = Diagnoser.fromDirectory(dir).ruleBase();
      out.println(dir + ": ok, " + base.rules().size() + " rules in " + base.rulesPerArea().size()
          + " areas compiled with the built-in ones; catalogue valid");
      out.flush();
      return ExitCode.NOTHING_WRONG.code();
    } catch (RuleBaseException e) {
      if (e.messages().isEmpty()) {
        out.println(dir + ": " + e.getMessage());
      }
      for (RuleMessage m : e.messages()) {
        out.println(m);
      }
    } catch (CatalogException e) {
      out.println(e.getMessage());
    } catch (IOException e) {
      throw new UsageError("cannot read the rule directory " + dir + ": " + e.getMessage(), e);
    }
    out.flush();
    return ExitCode.BAD_INPUT.code();
  }
}
