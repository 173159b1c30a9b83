package org.gatewaydoctor.cli.rules;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.gatewaydoctor.cli.CliContext;
import org.gatewaydoctor.cli.ExitCode;
import org.gatewaydoctor.cli.UsageError;
import org.gatewaydoctor.cli.config.Configurations;
import org.gatewaydoctor.cli.diagnose.OfflineBundles;
import org.gatewaydoctor.facts.bundle.FactBundle;
import org.gatewaydoctor.probes.config.Configuration;
import org.gatewaydoctor.rules.Explanation;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code gateway-doctor rules explain --facts FILE | --har FILE}: prints what
 * {@code Diagnoser.explain} says about a bundle: every rule that fired in order with its facts and
 * conclusions, why each cause ended in its state, and which rule gave the verdict.
 */
@Command(name = "explain", mixinStandardHelpOptions = true,
    description = "Diagnose a saved bundle or a HAR and print how: every rule that fired, in order, with the facts it "
        + "matched and what it concluded; for each cause, the rule that gave it its state and the evidence; the rule "
        + "behind the verdict.")
final class RulesExplainCommand implements Callable<Integer> {

  /** Exactly one source of observations. */
  static final class Source {
    @Option(names = "--facts", paramLabel = "FILE", required = true, description = "A saved fact bundle (JSON).")
    Path facts;

    @Option(names = "--har", paramLabel = "FILE", required = true, description = "A browser's HAR file.")
    Path har;
  }

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @ArgGroup(exclusive = true, multiplicity = "1")
  Source source;

  @Option(names = "--rules", paramLabel = "DIR", description = "Lay the rule files of DIR over the built-in rule base.")
  Path rules;

  private final CliContext context;

  RulesExplainCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() throws UsageError {
    Configuration configuration = Configurations.load(context, spec);
    PrintWriter out = spec.commandLine().getOut();
    FactBundle bundle = source.facts != null ? OfflineBundles.saved(source.facts, spec.commandLine().getErr())
        : OfflineBundles.har(source.har, configuration, context.clock());
    Explanation e = context.diagnosers().forRules(rules, configuration).explain(bundle);
    out.println("Rules that fired, in order (" + e.steps().size() + " firings):");
    for (Explanation.Step s : e.steps()) {
      out.println();
      out.println(String.format(Locale.ROOT, "%4d. [%s] %s", s.order(), s.area(), s.rule()));
      lines(out, "matched", s.matched());
      lines(out, "concluded", s.concluded());
      lines(out, "withdrew", s.withdrawn());
    }
    out.println();
    out.println("Causes, and why each ended in its state:");
    for (Explanation.CauseReason c : e.causes()) {
      out.println(String.format(Locale.ROOT, "  %s: %s (%.2f)%s", c.cause(), c.state(), c.certainty(),
          c.stateRule() == null ? "" : ", by rule \"" + c.stateRule() + "\""));
      c.evidence().forEach(line -> out.println("      " + line));
    }
    out.println();
    out.println("Verdict: " + e.diagnosis().verdict().side() + ": " + e.diagnosis().verdict().summary());
    out.println("  proposed by rule \"" + e.verdictRule() + "\"");
    out.flush();
    return ExitCode.NOTHING_WRONG.code();
  }

  private static void lines(PrintWriter out, String label, List<String> facts) {
    for (int i = 0; i < facts.size(); i++) {
      out.println(String.format(Locale.ROOT, "        %-10s %s", i == 0 ? label + ":" : "", facts.get(i)));
    }
  }
}
