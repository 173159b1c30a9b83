package org.gatewaydoctor.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.gatewaydoctor.cli.render.TextReport;
import org.gatewaydoctor.facts.bundle.BundleException;
import org.gatewaydoctor.facts.bundle.BundleReader;
import org.gatewaydoctor.facts.bundle.BundleWriter;
import org.gatewaydoctor.facts.bundle.LoadedBundle;
import org.gatewaydoctor.facts.report.Diagnosis;
import org.gatewaydoctor.facts.report.ReportJson;
import org.gatewaydoctor.rules.Diagnoser;
import org.gatewaydoctor.rules.catalog.CatalogException;
import org.gatewaydoctor.rules.engine.RuleBaseException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code gateway-doctor diagnose}: observe (or read saved observations), conclude, report. */
@Command(
    name = "diagnose",
    mixinStandardHelpOptions = true,
    description = "Diagnose a saved fact bundle and print whose side the fault is on, why, and what to do.",
    exitCodeListHeading = "%nExit Codes:%n",
    exitCodeList = {
        "0:Nothing wrong was found (the service answered normally).",
        "2:Bad input or usage (missing or malformed file, unknown option, service or URL).",
        "3:The fault is on the service's side.",
        "4:The fault is on your network.",
        "5:The fault is on your device.",
        "6:Undetermined: the evidence does not say whose side the fault is on.",
        "70:Internal error (a bug in gateway-doctor; please report it)."})
final class DiagnoseCommand implements Callable<Integer> {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Option(names = "--facts", paramLabel = "FILE", required = true,
      description = "Diagnose this saved fact bundle (JSON) offline.")
  Path facts;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(names = "--save-facts", paramLabel = "FILE",
      description = "Also write the (redacted) fact bundle to FILE, to send to support.")
  Path saveFacts;

  @Option(names = "--rules", paramLabel = "DIR",
      description = "Lay the rule files and catalogue entries of DIR over the built-in rule base.")
  Path rules;

  @Override
  public Integer call() throws Exception {
    LoadedBundle loaded = read(facts);
    PrintWriter err = spec.commandLine().getErr();
    loaded.warnings().forEach(w -> err.println("gateway-doctor: warning: " + w));
    Diagnosis diagnosis = diagnoser().diagnose(loaded.bundle());
    if (saveFacts != null) {
      try {
        new BundleWriter().write(loaded.bundle(), saveFacts);
      } catch (IOException e) {
        throw new UsageError("cannot write " + saveFacts + ": " + e.getMessage(), e);
      }
    }
    PrintWriter out = spec.commandLine().getOut();
    out.print(switch (format) {
      case json -> new ReportJson().write(diagnosis);
      case text -> new TextReport(Terminal.colorAllowed()).render(diagnosis);
    });
    out.flush();
    return ExitCode.of(diagnosis.verdict().side()).code();
  }

  private static LoadedBundle read(Path file) throws UsageError {
    try {
      return new BundleReader().read(file);
    } catch (BundleException e) {
      throw new UsageError(e.getMessage(), e);
    }
  }

  private Diagnoser diagnoser() throws UsageError {
    try {
      return rules == null ? Diagnoser.builtIn() : Diagnoser.fromDirectory(rules);
    } catch (RuleBaseException | CatalogException e) {
      throw new UsageError(e.getMessage(), e);
    } catch (IOException e) {
      throw new UsageError("cannot read rule directory " + rules + ": " + e.getMessage(), e);
    }
  }
}
