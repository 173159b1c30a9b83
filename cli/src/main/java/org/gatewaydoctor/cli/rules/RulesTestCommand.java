package org.gatewaydoctor.cli.rules;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.gatewaydoctor.cli.CliContext;
import org.gatewaydoctor.cli.ExitCode;
import org.gatewaydoctor.cli.UsageError;
import org.gatewaydoctor.cli.config.Configurations;
import org.gatewaydoctor.rules.Diagnoser;
import org.gatewaydoctor.rules.authoring.ScenarioTests;
import org.gatewaydoctor.rules.authoring.ScenarioTests.Outcome;
import org.gatewaydoctor.rules.authoring.Mismatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code gateway-doctor rules test [DIR] [SCENARIO...]}: runs scenario files against the built-in
 * rule base or DIR laid over it, prints PASS or FAIL per scenario with what was expected against
 * what came out, and exits 1 when any failed.
 */
@Command(name = "test", mixinStandardHelpOptions = true,
    description = {"Run scenario files (docs/scenarios.md) against the built-in rule base, or DIR laid over it, and "
        + "print PASS or FAIL for each with what it expects against what the diagnosis says.",
        "Without SCENARIO, the scenarios of DIR/scenarios/ run. Exit code 0 when all pass, 1 when any fails, 2 for "
            + "a rule directory that does not build or a scenario file that cannot be read."})
final class RulesTestCommand implements Callable<Integer> {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "[DIR] [SCENARIO...]", hideParamSyntax = true,
      description = "A rule directory (optional, first), then scenario files; a SCENARIO may also be the name of a "
          + "scenario in DIR/scenarios/ (without .yaml).")
  List<Path> arguments = new ArrayList<>();

  private final CliContext context;

  RulesTestCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() throws UsageError {
    Configurations.load(context, spec); // --config is every command's; a bad file is bad input here too
    Path dir = !arguments.isEmpty() && Files.isDirectory(arguments.get(0)) ? arguments.get(0) : null;
    List<Path> files = scenarioFiles(dir, arguments.subList(dir == null ? 0 : 1, arguments.size()));
    Diagnoser diagnoser = context.diagnosers().forRules(dir);
    List<Outcome> outcomes = new ScenarioTests(diagnoser).run(files);
    PrintWriter out = spec.commandLine().getOut();
    outcomes.forEach(o -> print(o, out));
    long failed = outcomes.stream().filter(o -> !o.passed()).count();
    long unreadable = outcomes.stream().filter(o -> o.error() != null).count();
    out.println();
    out.println(outcomes.size() + (outcomes.size() == 1 ? " scenario: " : " scenarios: ")
        + (outcomes.size() - failed) + " passed, " + failed + " failed (rules: " + diagnoser.ruleBase().origin() + ")");
    out.flush();
    return (unreadable > 0 ? ExitCode.BAD_INPUT : failed > 0 ? ExitCode.SCENARIOS_FAILED : ExitCode.NOTHING_WRONG)
        .code();
  }

  private static List<Path> scenarioFiles(Path dir, List<Path> named) throws UsageError {
    List<Path> files = new ArrayList<>();
    for (Path p : named) {
      Path inDir = dir == null ? null : dir.resolve(ScenarioTests.SCENARIOS).resolve(p + ".yaml");
      if (Files.isRegularFile(p)) {
        files.add(p);
      } else if (inDir != null && Files.isRegularFile(inDir)) {
        files.add(inDir);
      } else {
        throw new UsageError(p + ": no such scenario file" + (dir == null ? "" : " nor scenario in " + dir
            .resolve(ScenarioTests.SCENARIOS)) + (Files.isDirectory(p) ? " (a rule directory comes first)" : ""));
      }
    }
    if (files.isEmpty() && dir != null) {
      try {
        files.addAll(ScenarioTests.filesOf(dir));
      } catch (IOException e) {
        throw new UsageError("cannot list the scenarios of " + dir + ": " + e.getMessage(), e);
      }
    }
    if (files.isEmpty()) {
      throw new UsageError(dir == null ? "no scenario to run; give scenario files, or a rule directory with a "
          + ScenarioTests.SCENARIOS + "/ folder" : dir.resolve(ScenarioTests.SCENARIOS) + ": no scenario files (*.yaml)");
    }
    return files;
  }

  private static void print(Outcome o, PrintWriter out) {
    if (o.error() != null) {
      out.println("ERROR " + o.id() + ": " + o.error());
      return;
    }
    out.println((o.passed() ? "PASS  " : "FAIL  ") + o.id() + "  " + o.name());
    for (Mismatch m : o.mismatches()) {
      out.println("      " + m.subject());
      out.println("        - expected: " + m.expected());
      out.println("        + actual:   " + m.actual());
    }
  }
}
