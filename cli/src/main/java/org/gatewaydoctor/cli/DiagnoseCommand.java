package org.gatewaydoctor.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.time.Clock;
import org.gatewaydoctor.cli.lab.Lab;
import org.gatewaydoctor.cli.lab.LabScenario;
import org.gatewaydoctor.cli.render.TextReport;
import org.gatewaydoctor.facts.Version;
import org.gatewaydoctor.facts.bundle.FactBundle;
import org.gatewaydoctor.probes.ProbeSettings;
import org.gatewaydoctor.probes.StandardProbes;
import org.gatewaydoctor.probes.StatusPageFormat;
import org.gatewaydoctor.probes.egress.EgressPolicy;
import org.gatewaydoctor.probes.runner.ProbeRunner;
import org.gatewaydoctor.rules.catalog.ServiceProfile;
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
    description = "Check a failing web service (or a saved fact bundle, or a staged lab failure) and print whose side the fault is on, why, and what to do.",
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

  @CommandLine.Parameters(arity = "0..1", paramLabel = "URL",
      description = "The http(s) URL that fails (default: the service's own URL; ChatGPT unless --service says).")
  String url;

  @Option(names = "--service", paramLabel = "NAME", defaultValue = "chatgpt",
      description = "The service profile to use (default: ${DEFAULT-VALUE}).")
  String service;

  @Option(names = "--facts", paramLabel = "FILE", description = "Diagnose this saved fact bundle (JSON) offline.")
  Path facts;

  @Option(names = "--lab", paramLabel = "SCENARIO", arity = "0..1", fallbackValue = "cloudflare-origin-down",
      description = "Stage a failure in an in-process loopback lab and diagnose it with the real probes "
          + "(scenarios: cloudflare-origin-down (default), overload, lying-dns, status-incident, proxy-error, healthy).")
  String lab;

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
    PrintWriter err = spec.commandLine().getErr();
    Diagnoser diagnoser = diagnoser();
    FactBundle bundle;
    if (facts != null) {
      LoadedBundle loaded = read(facts);
      loaded.warnings().forEach(w -> err.println("gateway-doctor: warning: " + w));
      bundle = loaded.bundle();
    } else if (lab != null) {
      bundle = runLab(lab, err);
    } else {
      bundle = runLive(diagnoser, err);
    }
    Diagnosis diagnosis = diagnoser.diagnose(bundle);
    if (saveFacts != null) {
      try {
        new BundleWriter().write(bundle, saveFacts);
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

  private FactBundle runLab(String scenarioId, PrintWriter err) throws Exception {
    LabScenario scenario;
    try {
      scenario = LabScenario.ofId(scenarioId);
    } catch (IllegalArgumentException e) {
      throw new UsageError(e.getMessage(), e);
    }
    try (Lab started = Lab.start(scenario)) {
      err.println("Lab: " + scenario.description() + " at " + started.targetUrl());
      return probe(started.settings(), EgressPolicy.loopbackOnly(), err);
    }
  }

  private FactBundle runLive(Diagnoser diagnoser, PrintWriter err) throws Exception {
    ServiceProfile profile = diagnoser.catalog().service(service)
        .orElseThrow(() -> new UsageError("unknown service \"" + service + "\"; known: "
            + String.join(", ", diagnoser.catalog().services().stream().map(ServiceProfile::id).toList())));
    String target = url != null ? url : profile.url();
    if (target == null) {
      throw new UsageError("the " + service + " profile has no URL; give one: gateway-doctor diagnose URL");
    }
    if (url != null) {
      profile = diagnoser.catalog().serviceForHost(hostOf(url));
    }
    ProbeSettings.Builder settings = ProbeSettings.defaults(target, profile.id()).toBuilder()
        .cookieDomains(profile.cookieDomains());
    if (profile.statusPage() != null) {
      settings.statusPage(profile.statusPage(), StatusPageFormat.ofId(profile.statusPageFormat()));
    }
    EgressPolicy policy;
    try {
      policy = EgressPolicy.fromEnvironment(System.getenv());
    } catch (IllegalArgumentException e) {
      throw new UsageError(e.getMessage(), e);
    }
    return probe(settings.build(), policy, err);
  }

  private static String hostOf(String url) throws UsageError {
    okhttp3.HttpUrl parsed = okhttp3.HttpUrl.parse(url);
    if (parsed == null) {
      throw new UsageError("not an http(s) URL: \"" + url + "\"");
    }
    return parsed.host();
  }

  private static FactBundle probe(ProbeSettings settings, EgressPolicy policy, PrintWriter err) {
    Clock clock = Clock.systemUTC();
    err.println("Checking " + settings.targetUrl() + " (at most " + settings.deadline().toSeconds() + " s) ...");
    ProbeRunner runner = new ProbeRunner(StandardProbes.create(settings, policy, clock), settings.deadline(), clock,
        new Progress(err));
    return runner.run(settings.target(), Platform.environment(), Version.tool());
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
