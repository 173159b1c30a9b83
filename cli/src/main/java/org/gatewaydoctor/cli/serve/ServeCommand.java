package org.gatewaydoctor.cli.serve;

import org.gatewaydoctor.facts.Echo;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.gatewaydoctor.api.ApiServer;
import org.gatewaydoctor.api.ApiSettings;
import org.gatewaydoctor.api.rules.RuleBuild;
import org.gatewaydoctor.api.rules.RuleProblem;
import org.gatewaydoctor.cli.CliContext;
import org.gatewaydoctor.cli.UsageError;
import org.gatewaydoctor.cli.config.Configurations;
import org.gatewaydoctor.probes.config.Configuration;
import org.gatewaydoctor.probes.egress.IpLiteral;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code gateway-doctor serve}: the HTTP API (docs/api.md) until SIGTERM or Ctrl-C, which stop it
 * gracefully: no new connection, the requests in flight finished, then exit.
 */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
        "Serve the HTTP API for support tools: diagnoses of fact bundles and HAR files in every report format, "
            + "live checks of the targets the configuration's checks.allow lists, the rule base (hot-reloaded from "
            + "--rules DIR), health, Prometheus metrics and an OpenAPI description (docs/api.md).",
        "SIGTERM or Ctrl-C stops it gracefully: requests in flight are finished first."},
    footerHeading = "%nExamples:%n",
    footer = {
        "  gateway-doctor serve                               http://127.0.0.1:8317/",
        "  gateway-doctor serve --config corp.yaml --rules my-rules/ --port 9000",
        "  curl -s -H 'Content-Type: application/json' -H 'Accept: text/markdown' \\",
        "       --data-binary @saved.json http://127.0.0.1:8317/v1/diagnoses"})
public final class ServeCommand implements Callable<Integer> {

  /** How long a graceful stop waits for requests in flight (a live check takes at most its deadline). */
  static final Duration GRACE = Duration.ofSeconds(30);

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Option(names = "--port", paramLabel = "PORT", defaultValue = "" + ApiSettings.DEFAULT_PORT,
      description = "The TCP port (0: any free one, printed at start; default: ${DEFAULT-VALUE}).")
  int port;

  @Option(names = "--bind", paramLabel = "ADDR", defaultValue = ApiSettings.DEFAULT_BIND,
      description = "The IP address to listen on (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 for every "
          + "interface).")
  String bind;

  @Option(names = "--rules", paramLabel = "DIR",
      description = "Lay the rule files and catalogue entries of DIR over the built-in rule base, and rebuild when "
          + "DIR changes (a change that does not build keeps the last good rule base serving).")
  Path rules;

  @Option(names = "--max-body", paramLabel = "SIZE", defaultValue = "5MB", converter = ByteSize.class,
      description = "The largest request body accepted: 5MB, 512kB, or bytes (default: ${DEFAULT-VALUE}).")
  long maxBody;

  @Option(names = "--max-checks", paramLabel = "N", defaultValue = "" + ApiSettings.DEFAULT_MAX_CHECKS,
      description = "Live checks allowed at once (default: ${DEFAULT-VALUE}).")
  int maxChecks;

  @Option(names = "--checks-per-minute", paramLabel = "N", defaultValue = "" + ApiSettings.DEFAULT_CHECKS_PER_MINUTE,
      description = "Live checks one client (IP address) may ask for per minute (default: ${DEFAULT-VALUE}).")
  int checksPerMinute;

  @Option(names = "--echo", description = "Also answer POST /v1/echo (the JSON sent, back): the ceiling of the load "
      + "benchmark in docs/benchmarks.md. Not for production.")
  boolean echo;

  private final CliContext context;

  ServeCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() throws UsageError, InterruptedException {
    PrintWriter err = spec.commandLine().getErr();
    Configuration configuration = Configurations.load(context, spec);
    if (rules != null && !Files.isDirectory(rules)) {
      throw new UsageError(rules + ": no such directory; expected a rule directory for --rules");
    }
    // An address, not a name: resolving a name would ask the JVM's resolver, outside the egress policy.
    if (IpLiteral.parse(bind).isEmpty()) {
      throw new UsageError("--bind must be an IP address such as 127.0.0.1, ::1 or 0.0.0.0, got " + Echo.of(bind));
    }
    if (port < 0 || port > 65535) {
      throw new UsageError("--port must be 0..65535, got " + port);
    }
    if (maxChecks < 1 || checksPerMinute < 1) {
      throw new UsageError("--max-checks and --checks-per-minute must be at least 1, got " + maxChecks + " and "
          + checksPerMinute);
    }
    ApiSettings settings = ApiSettings.defaults(configuration, Configurations.egressPolicy(context.env()))
        .listening(bind, port).withRules(rules == null ? null : rules.toAbsolutePath())
        .limits(maxBody, maxChecks, checksPerMinute).withEcho(echo);
    ApiServer server = start(settings);
    RuleBuild first = server.ready().join();
    if (!first.ok()) {
      server.stop(Duration.ZERO);
      for (RuleProblem p : first.problems()) {
        err.println(p.location());
      }
      throw new UsageError(rules + ": the rule directory does not build (" + first.problems().size() + " problem"
          + (first.problems().size() == 1 ? "" : "s") + " above); gateway-doctor rules check " + rules);
    }
    err.println("gateway-doctor: serving on http://" + hostForUrl(bind) + ":" + server.port() + "/ (rules: "
        + (rules == null ? "built-in" : rules) + "); SIGTERM or Ctrl-C stops");
    err.flush();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.stop(GRACE);
      stopped.countDown();
    }, "serve-shutdown"));
    stopped.await();
    return 0;
  }

  private static ApiServer start(ApiSettings settings) throws UsageError {
    try {
      return ApiServer.start(settings);
    } catch (IOException e) {
      throw new UsageError("cannot watch the rule directory " + settings.rules() + ": " + e.getMessage(), e);
    } catch (RuntimeException e) {
      // Jetty's bind failure arrives wrapped (JavalinException around a BindException).
      for (Throwable c = e; c != null; c = c.getCause()) {
        if (c instanceof java.net.BindException || c instanceof java.net.UnknownHostException) {
          throw new UsageError("cannot listen on " + settings.bind() + ":" + settings.port() + " (" + c.getMessage()
              + "); choose another --port or --bind", e);
        }
      }
      throw e;
    }
  }

  private static String hostForUrl(String bind) {
    return bind.contains(":") ? "[" + bind + "]" : bind;
  }
}
