package org.gatewaydoctor.cli.rules;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.gatewaydoctor.cli.CliContext;
import org.gatewaydoctor.cli.ExitCode;
import org.gatewaydoctor.cli.UsageError;
import org.gatewaydoctor.cli.config.Configurations;
import org.gatewaydoctor.rules.authoring.RuleCheck;
import org.gatewaydoctor.rules.engine.RuleMessage;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code gateway-doctor rules check [DIR]}: what {@link RuleCheck} finds wrong with a rule directory
 * laid over the built-in rule base (or with the built-in one), one {@code file:line:column: text}
 * per line (the form editors and CI annotate); exit 2 when anything is.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
    description = {"Check the rule files and catalogue of DIR laid over the built-in rule base (without DIR: the "
        + "built-in one): compile errors, and what compiles but cannot work (unknown finding, cause, solution or "
        + "threshold ids, duplicate fingerprint ids, fingerprint patterns that do not compile or match everything, "
        + "thresholds in the wrong unit, causes without a solution, placeholders nothing fills, uniform-failure "
        + "rows of an unknown failure kind or finding, texts cut by an unquoted ' #').",
        "Each problem is printed as file:line:column: text; exit code 0 when there is none, 2 when there is."})
final class RulesCheckCommand implements Callable<Integer> {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "DIR", arity = "0..1",
      description = "The rule directory (.drl files, catalogue files in catalog/ or at its top); default: none.")
  Path dir;

  private final CliContext context;

  RulesCheckCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() throws UsageError {
    Configurations.load(context, spec); // --config is every command's; a bad file is bad input here too
    RuleCheck.Result result;
    try {
      result = new RuleCheck().check(dir);
    } catch (IOException e) {
      throw new UsageError(e.getMessage(), e);
    }
    PrintWriter out = spec.commandLine().getOut();
    for (RuleMessage m : result.problems()) {
      out.println(m);
    }
    if (result.ok()) {
      out.println(result.origin() + ": ok, " + result.rules() + " rules in " + result.areas() + " areas"
          + (dir == null ? "" : " compiled with the built-in ones") + "; catalogue valid");
    } else {
      out.println(result.origin() + ": " + result.problems().size()
          + (result.problems().size() == 1 ? " problem" : " problems"));
    }
    out.flush();
    return (result.ok() ? ExitCode.NOTHING_WRONG : ExitCode.BAD_INPUT).code();
  }
}
