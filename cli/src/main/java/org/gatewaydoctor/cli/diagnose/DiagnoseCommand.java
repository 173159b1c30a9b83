package org.gatewaydoctor.cli.diagnose;

import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.gatewaydoctor.cli.CliContext;
import org.gatewaydoctor.cli.ExitCode;
import org.gatewaydoctor.cli.UsageError;
import org.gatewaydoctor.cli.config.Configurations;
import org.gatewaydoctor.cli.lab.LabScenario;
import org.gatewaydoctor.report.Format;
import org.gatewaydoctor.report.Reports;
import org.gatewaydoctor.facts.Environment;
import org.gatewaydoctor.facts.bundle.FactBundle;
import org.gatewaydoctor.facts.report.Diagnosis;
import org.gatewaydoctor.facts.service.ServiceProfile;
import org.gatewaydoctor.probes.TargetUrl;
import org.gatewaydoctor.probes.check.CheckHost;
import org.gatewaydoctor.probes.check.HarBundles;
import org.gatewaydoctor.probes.check.TargetCheck;
import org.gatewaydoctor.probes.config.Configuration;
import org.gatewaydoctor.probes.egress.EgressPolicy;
import org.gatewaydoctor.probes.runner.ProbeListener;
import org.gatewaydoctor.rules.Diagnoser;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code gateway-doctor diagnose}: observe (or read saved observations), conclude, report. */
@Command(
    name = "diagnose",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
        "Check a failing web service from here (ChatGPT unless you give a URL or --service), or a saved fact "
            + "bundle, a browser's HAR file, or a staged failure in a loopback lab; then print whose side the "
            + "fault is on, why, and what to do.",
        "Progress goes to stderr, the report to stdout."},
    footerHeading = "%nExamples:%n",
    footer = {
        "  gateway-doctor diagnose                       check ChatGPT from here",
        "  gateway-doctor diagnose https://example.com/  check any http(s) URL",
        "  gateway-doctor diagnose --lab                 a staged outage on loopback",
        "  gateway-doctor diagnose --lab list            the lab's scenarios",
        "  gateway-doctor diagnose --har chatgpt.har --browser firefox",
        "  gateway-doctor diagnose --facts saved.json --format html > report.html",
        "  gateway-doctor diagnose --watch --interval 1m wait until ChatGPT recovers",
        "  gateway-doctor diagnose --config corp.yaml --service intranet-wiki",
        "                                                a service of your configuration file"})
public final class DiagnoseCommand implements Callable<Integer> {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "0..1", paramLabel = "URL",
      description = "The http(s) URL that fails (default: the service's own URL).")
  String url;

  @Option(names = "--service", paramLabel = "NAME",
      description = "The service profile (status page, expected gateways): a built-in one or one from the "
          + "configuration file; default: " + LiveTarget.DEFAULT_SERVICE + ", or the one that owns the URL's host.")
  String service;

  @Option(names = "--browser", paramLabel = "NAME", defaultValue = "unknown", converter = Browser.Converter.class,
      completionCandidates = Browser.Ids.class,
      description = "The browser that showed the error, for its menus in the steps: ${COMPLETION-CANDIDATES} "
          + "(default: ${DEFAULT-VALUE}).")
  Browser browser;

  @Option(names = "--no-browser-profiles",
      description = "Do not look at this machine's browser profiles (cache size, cookie counts and sizes for the "
          + "service's sites, extensions). Cookie values are never read either way.")
  boolean noBrowserProfiles;

  @Option(names = "--facts", paramLabel = "FILE", description = "Diagnose this saved fact bundle (JSON) offline.")
  Path facts;

  @Option(names = "--har", paramLabel = "FILE",
      description = "Diagnose what your browser saw: a HAR file saved from its developer tools (Network tab, "
          + "\"Save all as HAR\"). Give the URL too if the page is not the HAR's first request.")
  Path har;

  @Option(names = "--lab", paramLabel = "SCENARIO", arity = "0..1", fallbackValue = "__default__",
      completionCandidates = LabListing.Ids.class,
      description = "Stage a failure in an in-process loopback lab and diagnose it with the real probes; "
          + "nothing leaves this machine. 'list' shows the scenarios (default: cloudflare-origin-down).")
  String lab;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(names = "--save-facts", paramLabel = "FILE",
      description = "Also write the redacted fact bundle to FILE (atomically), to send to support or diagnose again.")
  Path saveFacts;

  @Option(names = "--watch",
      description = "Check again every --interval until nothing is wrong, printing only changes; exits 0 once it "
          + "recovers (Ctrl-C stops, exit 130). Text or json (one report per line) only.")
  boolean watch;

  @Option(names = "--interval", paramLabel = "TIME", defaultValue = Interval.DEFAULT_TEXT,
      converter = Interval.class,
      description = "Time between --watch checks: seconds (45, 45s) or minutes (2m), 5 s to 1 h "
          + "(default: ${DEFAULT-VALUE}).")
  Duration interval;

  @Option(names = "--rules", paramLabel = "DIR",
      description = "Lay the rule files and catalogue entries of DIR over the built-in rule base.")
  Path rules;

  private final CliContext context;

  DiagnoseCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() throws UsageError, InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    checkCombinations();
    if ("list".equals(lab)) {
      out.print(LabListing.text());
      out.flush();
      return ExitCode.NOTHING_WRONG.code();
    }
    LabScenario scenario = lab == null ? null : scenario(lab);
    TargetUrl target = LiveTarget.url(url);
    // The configuration is input too: a bad file fails here, before anything is probed.
    Configuration configuration = Configurations.load(context, spec);
    boolean quietWatch = watch && !context.terminal().stderrTty();
    PrintWriter narration = quietWatch ? new PrintWriter(Writer.nullWriter()) : err;
    SaveTarget save = saveFacts == null ? null : new SaveTarget(saveFacts, narration);
    // The rule base is needed only once there is something to diagnose: a saved bundle is read and
    // the lab probed meanwhile (Diagnosers prefetches it), and bad input fails before any wait.
    RuleBaseHandle diagnoser = new RuleBaseHandle(configuration);
    if (rules != null || namesGateways(configuration)) {
      // A rule directory is input too, and so are the gateways a configured service names (they must
      // be products of the catalogue): their problems come before any other work.
      diagnoser.get();
    }
    try (BundleSource source = source(diagnoser, configuration, target, scenario, narration, quietWatch)) {
      if (watch) {
        return watch(source, diagnoser.get(), save, out, err);
      }
      FactBundle bundle = source.collect();
      Diagnosis diagnosis = diagnoser.get().diagnose(bundle);
      out.print(new Reports().render(format, diagnosis, context.terminal().colorOnStdout()));
      out.flush();
      if (save != null) {
        save.write(bundle);
      }
      return ExitCode.of(diagnosis.verdict().side()).code();
    }
  }

  /**
   * The diagnoser for {@code --rules} (or the built-in one) with the configuration's service
   * profiles, loaded at the first {@link #get()}.
   */
  private final class RuleBaseHandle {
    private final Configuration configuration;
    private Diagnoser loaded;

    RuleBaseHandle(Configuration configuration) {
      this.configuration = configuration;
    }

    Diagnoser get() throws UsageError {
      if (loaded == null) {
        loaded = context.diagnosers().forRules(rules, configuration);
      }
      return loaded;
    }
  }

  /** Whether a service from a configuration file names gateways, which only the catalogue can check. */
  private static boolean namesGateways(Configuration configuration) {
    return configuration.services().all().stream().anyMatch(s -> !s.gateways().isEmpty()
        && !configuration.origin("services." + s.id()).equals(Configuration.BUILT_IN));
  }

  private void checkCombinations() throws UsageError {
    if (lab != null && lab.startsWith("-")) {
      // --lab takes an optional value, so picocli hands it the next word even when that is a
      // mistyped option (--lab --fromat json): name the typo, not what it displaced.
      throw new CommandLine.ParameterException(spec.commandLine(), "Unknown option: '" + lab
          + "' (--lab takes a scenario name, 'list' or nothing)");
    }
    int inputs = (facts != null ? 1 : 0) + (har != null ? 1 : 0) + (lab != null ? 1 : 0);
    if (inputs > 1) {
      throw new UsageError("--facts, --har and --lab each name what to diagnose; give only one of them");
    }
    if (url != null && (facts != null || lab != null)) {
      throw new UsageError("a URL cannot be combined with " + (facts != null ? "--facts" : "--lab")
          + ": the " + (facts != null ? "bundle" : "lab") + " names its own target");
    }
    if (service != null && (facts != null || lab != null)) {
      throw new UsageError("--service cannot be combined with " + (facts != null ? "--facts" : "--lab")
          + ": the " + (facts != null ? "bundle" : "lab") + " names its own service");
    }
    if (watch && (facts != null || har != null)) {
      throw new UsageError("--watch checks again and again, so it needs live checks or --lab, not "
          + (facts != null ? "--facts" : "--har"));
    }
    if (watch && format != Format.text && format != Format.json) {
      throw new UsageError("--watch prints text or json (one report per line), not " + format);
    }
  }

  private static LabScenario scenario(String id) throws UsageError {
    try {
      return "__default__".equals(id) ? LabScenario.defaultScenario() : LabScenario.ofId(id);
    } catch (IllegalArgumentException e) {
      throw new UsageError(e.getMessage() + " (or 'list')", e);
    }
  }

  private BundleSource source(RuleBaseHandle diagnoser, Configuration configuration, TargetUrl target,
      LabScenario scenario, PrintWriter narration, boolean quiet) throws UsageError {
    Environment environment = CheckHost.platform(System.getProperties(), browser.factValue());
    Supplier<ProbeListener> progress = quiet ? () -> ProbeListener.NONE
        : () -> new Progress(narration, context.terminal().redrawOnStderr(), columns());
    if (facts != null) {
      return new SavedBundle(facts, browser == Browser.UNKNOWN ? null : browser, narration);
    }
    if (har != null) {
      // The profiles come from the configuration, so reading the HAR does not wait for the rule base.
      String profile = service == null ? null : LiveTarget.profile(configuration.services(), service).id();
      return new HarImport(har, url, profile, new HarBundles(configuration.services(), context.clock()), environment);
    }
    if (scenario != null) {
      TargetCheck labCheck = new TargetCheck(Configuration.defaults(), EgressPolicy.loopbackOnly(), context.clock());
      return new LabRun(scenario, labCheck, new CheckHost(environment, Map.of(), false), narration, progress);
    }
    // The profiles come from the configuration, so probing starts without waiting for the rule base.
    ServiceProfile profile = LiveTarget.choose(configuration.services(), service, target);
    TargetCheck check = new TargetCheck(configuration, Configurations.egressPolicy(context.env()), context.clock());
    return new LiveRun(check, LiveTarget.urlFor(profile, target), profile,
        new CheckHost(environment, context.env(), !noBrowserProfiles), narration, progress, context.clock(),
        context.started());
  }

  private int watch(BundleSource source, Diagnoser diagnoser, SaveTarget save, PrintWriter out, PrintWriter err)
      throws UsageError, InterruptedException {
    Watch watcher = new Watch(context.clock(), ZoneId.systemDefault(), interval, d -> Thread.sleep(d.toMillis()), out,
        err, format);
    // Ctrl-C ends the JVM (exit 130); say how far the watch got instead of vanishing mid-line.
    Thread onInterrupt = new Thread(() -> {
      err.println("gateway-doctor: stopped watching after " + Watch.checks(watcher.checks()));
      err.flush();
    }, "watch-interrupted");
    Runtime.getRuntime().addShutdownHook(onInterrupt);
    try {
      return watcher.run(() -> {
        FactBundle bundle = source.collect();
        if (save != null) {
          save.write(bundle);
        }
        return diagnoser.diagnose(bundle);
      });
    } finally {
      Runtime.getRuntime().removeShutdownHook(onInterrupt);
    }
  }

  /** The terminal's width from COLUMNS (shells export it only sometimes), else the classic 80. */
  private int columns() {
    try {
      return Integer.parseInt(context.env().getOrDefault("COLUMNS", "80").trim());
    } catch (NumberFormatException e) {
      return 80;
    }
  }
}
