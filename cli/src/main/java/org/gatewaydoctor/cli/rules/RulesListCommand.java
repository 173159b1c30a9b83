package org.gatewaydoctor.cli.rules;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.gatewaydoctor.cli.CliContext;
import org.gatewaydoctor.cli.ExitCode;
import org.gatewaydoctor.cli.UsageError;
import org.gatewaydoctor.cli.config.Configurations;
import org.gatewaydoctor.facts.service.ServiceProfile;
import org.gatewaydoctor.probes.config.Configuration;
import org.gatewaydoctor.rules.authoring.CatalogListing;
import org.gatewaydoctor.rules.authoring.CatalogListing.Entry;
import org.gatewaydoctor.rules.authoring.CatalogListing.Kind;
import org.gatewaydoctor.rules.engine.RuleBase;
import org.gatewaydoctor.rules.engine.RuleInfo;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code gateway-doctor rules list}: every rule by area, as a rule author reads them; or, with an
 * option, the catalogue's causes, solutions, fingerprints, thresholds or the service profiles, each
 * with the file and line that defines it.
 */
@Command(name = "list", mixinStandardHelpOptions = true,
    description = {"List every rule of the rule base, by area (the built-in one, or with --rules DIR laid over it).",
        "With an option, list that part of the catalogue instead, each entry with the file and line defining it."})
final class RulesListCommand implements Callable<Integer> {

  /** At most one part of the catalogue instead of the rules. */
  static final class Part {
    @Option(names = "--causes", description = "The causes (causes.yaml).")
    boolean causes;

    @Option(names = "--solutions", description = "The solutions (solutions.yaml).")
    boolean solutions;

    @Option(names = "--fingerprints", description = "The products recognised by their error pages (fingerprints.yaml).")
    boolean fingerprints;

    @Option(names = "--thresholds", description = "The numbers rules compare against (thresholds.yaml).")
    boolean thresholds;

    @Option(names = "--services", description = "The service profiles (built-in, and those of the configuration file).")
    boolean services;
  }

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Option(names = "--rules", paramLabel = "DIR", description = "Lay the rule files of DIR over the built-in rule base.")
  Path rules;

  @ArgGroup(exclusive = true, multiplicity = "0..1")
  Part part;

  private final CliContext context;

  RulesListCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() throws UsageError {
    Configuration configuration = Configurations.load(context, spec); // a bad --config file is bad input here too
    PrintWriter out = spec.commandLine().getOut();
    if (part == null) {
      rules(out);
    } else {
      List<Entry> entries = part.services ? services(configuration) : catalogue(kind());
      int width = entries.stream().mapToInt(e -> e.id().length()).max().orElse(0);
      entries.forEach(e -> out.println(String.format("%-" + width + "s  %s  (%s)", e.id(), e.text(), e.where())));
      out.println();
      out.println(entries.size() + " entries");
    }
    out.flush();
    return ExitCode.NOTHING_WRONG.code();
  }

  private Kind kind() {
    return part.causes ? Kind.CAUSES : part.solutions ? Kind.SOLUTIONS : part.fingerprints ? Kind.FINGERPRINTS
        : Kind.THRESHOLDS;
  }

  private List<Entry> catalogue(Kind kind) throws UsageError {
    context.diagnosers().forRules(rules); // a rule directory that does not load is bad input, located
    try {
      return CatalogListing.of(kind, rules);
    } catch (IOException e) {
      throw new UsageError("cannot read the rule directory " + rules + ": " + e.getMessage(), e);
    }
  }

  /** Built-in profiles where the facts module defines them; configured ones where the configuration file does. */
  private static List<Entry> services(Configuration configuration) throws UsageError {
    Map<String, Entry> builtIn;
    try {
      builtIn = CatalogListing.builtInServices().stream().collect(Collectors.toMap(Entry::id, Function.identity()));
    } catch (IOException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
    List<Entry> out = new ArrayList<>();
    for (ServiceProfile s : configuration.services().all()) {
      String origin = configuration.origin("services." + s.id());
      Entry known = builtIn.get(s.id());
      if (origin.equals(Configuration.BUILT_IN) && known != null) {
        out.add(known);
      } else {
        // "FILE:LINE (--config)": the file and line are what precede " ("
        int chosenBy = origin.lastIndexOf(" (");
        String where = chosenBy < 0 ? origin : origin.substring(0, chosenBy);
        int colon = where.lastIndexOf(':');
        out.add(new Entry(s.id(), s.name(), colon < 0 ? where : where.substring(0, colon),
            colon < 0 ? 0 : Integer.parseInt(where.substring(colon + 1))));
      }
    }
    return out;
  }

  private void rules(PrintWriter out) throws UsageError {
    RuleBase base = context.diagnosers().forRules(rules).ruleBase();
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
  }
}
