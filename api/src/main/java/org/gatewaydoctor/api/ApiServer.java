package org.gatewaydoctor.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import jakarta.servlet.DispatcherType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.NetworkConnector;
import org.gatewaydoctor.api.rules.LiveRuleBase;
import org.gatewaydoctor.api.rules.RuleBuild;
import org.gatewaydoctor.api.rules.RuleDirectoryWatcher;
import org.gatewaydoctor.api.rules.RuleValidation;
import org.gatewaydoctor.probes.check.HarBundles;
import org.gatewaydoctor.probes.check.RequestedChecks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP API (docs/api.md): diagnoses of bundles and HARs in every report format, allow-listed
 * live checks, the rule base with hot reload, health, metrics and an OpenAPI description. The one
 * place that wires the API; it holds no judgement of its own (the rule base and the probes' entry
 * point do). Starts listening at once and builds the rule base in the background ({@link #ready()}).
 *
 * <pre>{@code
 * try (ApiServer server = ApiServer.start(ApiSettings.defaults(Configuration.defaults(),
 *     EgressPolicy.fromEnvironment(System.getenv())).listening("127.0.0.1", 0))) {
 *   server.ready().join();
 *   ... POST http://127.0.0.1:{server.port()}/v1/diagnoses
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public final class ApiServer implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(ApiServer.class);
  private static final String OPENAPI = resource("openapi.json");

  private final ApiSettings settings;
  private final ApiMetrics metrics = new ApiMetrics();
  private final Responses responses = new Responses();
  private final InFlight inFlight = new InFlight();
  private final LiveRuleBase rules;
  private final CompletableFuture<RuleBuild> ready;
  private final Javalin app;
  private RuleDirectoryWatcher watcher;

  private ApiServer(ApiSettings settings) {
    this.settings = settings;
    var services = settings.configuration().services();
    this.rules = new LiveRuleBase(settings.rules(), services, settings.clock(), r -> metrics.reloaded(r.ok()));
    RequestBody bodies = new RequestBody(settings.maxBodyBytes());
    Serving serving = new Serving(rules, metrics);
    DiagnosesRoute diagnoses = new DiagnosesRoute(bodies, responses, serving, services,
        new HarBundles(services, settings.clock()));
    ChecksRoute checks = new ChecksRoute(bodies, responses, serving, services,
        new RequestedChecks(settings.configuration(), settings.egress(), settings.clock()),
        new ClientRateLimit(settings.checksPerMinute(), settings.clock()), settings.maxChecksInFlight(), metrics);
    RulesRoutes rulesRoutes = new RulesRoutes(rules, new RuleValidation(services), bodies, responses);
    this.app = Javalin.create(config -> configure(config, diagnoses, checks, rulesRoutes, bodies));
    this.ready = rules.start();
  }

  /**
   * Starts a server: listening on the settings' address before this returns, the rule base built
   * in the background, the rule directory (if any) watched once it is.
   *
   * @throws IOException when the rule directory cannot be watched
   */
  public static ApiServer start(ApiSettings settings) throws IOException {
    ApiServer server = new ApiServer(settings);
    server.app.start(settings.bind(), settings.port());
    LOG.info("gateway-doctor API listening on http://{}:{} (rules: {}; live checks: {})", settings.bind(),
        server.port(), server.rules.origin(), settings.configuration().checksAllow().entries().isEmpty()
            ? "denied, checks.allow lists none" : "checks.allow " + settings.configuration().checksAllow().entries());
    if (settings.rules() != null) {
      try {
        server.watcher = new RuleDirectoryWatcher(settings.rules(), settings.reloadDebounce(), server.rules::reload);
      } catch (IOException e) {
        server.stop(Duration.ZERO);
        throw e;
      }
    }
    return server;
  }

  /** The port listened on (the one chosen when the settings said 0). */
  public int port() {
    return app.port();
  }

  /** The first build of the rule base: its diagnoser, or every problem when it failed (then nothing is served). */
  public CompletableFuture<RuleBuild> ready() {
    return ready;
  }

  /**
   * Stops gracefully: no new connection is accepted, requests in flight are finished (for at most
   * {@code grace}), then the server stops. Returns whether every request in flight finished.
   */
  public boolean stop(Duration grace) {
    boolean finished = true;
    for (Connector c : app.jettyServer().server().getConnectors()) {
      if (c instanceof NetworkConnector n) {
        n.close(); // stop accepting; connections already open carry on
      }
    }
    try {
      finished = inFlight.drain(grace);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      finished = false;
    }
    if (watcher != null) {
      try {
        watcher.close();
      } catch (IOException e) {
        LOG.debug("closing the rule directory watcher: {}", e.toString());
      }
    }
    app.stop();
    rules.close();
    LOG.info("gateway-doctor API stopped{}", finished ? "" : " (requests still in flight after " + grace + ")");
    return finished;
  }

  @Override
  public void close() {
    stop(Duration.ofSeconds(10));
  }

  private void configure(JavalinConfig config, DiagnosesRoute diagnoses, ChecksRoute checks, RulesRoutes rulesRoutes,
      RequestBody bodies) {
    config.startup.showJavalinBanner = false;
    config.startup.showOldJavalinVersionWarning = false;
    config.http.prefer405over404 = true;
    config.http.maxRequestSize = settings.maxBodyBytes();
    config.jetty.modifyServletContextHandler(h -> h.addFilter(inFlight, "/*", EnumSet.of(DispatcherType.REQUEST)));
    config.requestLogger.http((ctx, ms) -> metrics.request(ctx.method().name(), route(ctx), ctx.statusCode(),
        Duration.ofNanos((long) (ms * 1_000_000))));
    config.routes.get("/health", this::health);
    config.routes.get("/metrics", ctx -> Responses.text(ctx, 200, "text/plain; version=0.0.4", metrics.scrape()));
    config.routes.get("/openapi.json", ctx -> Responses.text(ctx, 200, "application/json", OPENAPI));
    config.routes.post("/v1/diagnoses", diagnoses::handle);
    config.routes.post("/v1/checks", checks::handle);
    config.routes.get("/v1/rules", rulesRoutes::describe);
    config.routes.post("/v1/rules/validate", rulesRoutes::validate);
    if (settings.echo()) {
      config.routes.post("/v1/echo", ctx -> echo(ctx, bodies));
    }
    // A problem raised before the body was read (406 for Accept, 400 for a query parameter) drops the
    // body too, or says the connection closes: Jetty closes it after an unread body without a word,
    // and a client reusing it sees no answer to its next request (issue 16, found by ApiBodyProperties).
    config.routes.exception(Problem.Raised.class, (e, ctx) -> responses.problem(ctx,
        bodies.drain(ctx) ? e.problem() : e.problem().withHeader("Connection", "close")));
    config.routes.exception(HttpResponseException.class, (e, ctx) -> responses.problem(ctx, fromJavalin(e, ctx)));
    config.routes.exception(Exception.class, (e, ctx) -> {
      LOG.error("internal error answering {} {}", ctx.method(), ctx.path(), e);
      responses.problem(ctx, Problem.of("internal", 500, "Internal error", "the server failed to answer this request "
          + "(a bug in gateway-doctor or in a rule; the server's log has the details)"));
    });
    config.routes.error(404, ctx -> {
      if (!Problem.MEDIA_TYPE.equals(ctx.res().getContentType())) {
        responses.problem(ctx, Problem.of("not-found", 404, "Not found", "no route " + ctx.method() + " "
            + ctx.path() + "; the routes are listed at GET /openapi.json"));
      }
    });
  }

  private static Problem fromJavalin(HttpResponseException e, Context ctx) {
    if (e.getStatus() == 405) {
      return Problem.of("method-not-allowed", 405, "Method not allowed", ctx.method() + " is not allowed on "
          + ctx.path() + "; see GET /openapi.json");
    }
    if (e.getStatus() == 413) {
      return Problem.of("body-too-large", 413, "Request body too large", "the request body is larger than the limit");
    }
    return Problem.of(e.getStatus() == 404 ? "not-found" : "http-" + e.getStatus(), e.getStatus(),
        e.getStatus() == 404 ? "Not found" : "HTTP " + e.getStatus(), ctx.method() + " " + ctx.path() + ": "
            + e.getMessage());
  }

  /** The route template that answered, for metrics: never the raw path (unbounded label values). */
  private static String route(Context ctx) {
    try {
      String path = ctx.endpoint().path;
      return path == null || path.isEmpty() || path.equals("*") ? "unmatched" : path;
    } catch (RuntimeException e) {
      return "unmatched";
    }
  }

  private void health(Context ctx) {
    var serving = rules.serving();
    boolean failed = ready.isDone() && !ready.join().ok();
    ObjectNode out = responses.mapper().createObjectNode()
        .put("status", serving.isPresent() ? "ready" : failed ? "failed" : "starting").put("live", true)
        .put("ready", serving.isPresent());
    serving.ifPresent(s -> out.put("ruleBaseVersion", s.version()));
    boolean askedReady = ctx.queryParam("ready") != null;
    responses.json(ctx, askedReady && serving.isEmpty() ? 503 : 200, out);
  }

  /** The load benchmark's ceiling: the same body reading and JSON parsing and writing, no diagnosis. */
  private void echo(Context ctx, RequestBody bodies) {
    bodies.require(ctx, List.of(DiagnosesRoute.JSON));
    JsonNode tree = JsonRequest.tree(responses.mapper(), bodies.read(ctx));
    responses.json(ctx, 200, tree);
  }

  private static String resource(String name) {
    try (InputStream in = ApiServer.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(name + " is missing from the jar (a broken build)");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The routes this server answers, as in openapi.json (for tests that visit every one). */
  static Set<String> routes() {
    return Set.of("GET /health", "GET /metrics", "GET /openapi.json", "POST /v1/diagnoses", "POST /v1/checks",
        "GET /v1/rules", "POST /v1/rules/validate", "POST /v1/echo");
  }
}
