package org.gatewaydoctor.api;

import org.gatewaydoctor.facts.Echo;
import io.javalin.http.Context;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Semaphore;
import org.gatewaydoctor.facts.bundle.BundleWriter;
import org.gatewaydoctor.facts.bundle.FactBundle;
import org.gatewaydoctor.facts.report.Diagnosis;
import org.gatewaydoctor.facts.report.ReportJson;
import org.gatewaydoctor.facts.service.ServiceProfile;
import org.gatewaydoctor.facts.service.ServiceProfiles;
import org.gatewaydoctor.probes.TargetUrl;
import org.gatewaydoctor.probes.check.RequestedChecks;
import org.gatewaydoctor.probes.check.TargetCheck;
import org.gatewaydoctor.probes.runner.ProbeListener;
import org.gatewaydoctor.report.Format;

/**
 * {@code POST /v1/checks}: checks a target live from this server and answers with the bundle and
 * the report. Denied unless the operator's {@code checks.allow} lists the target (403), and for
 * every address the check would contact after name resolution and on each redirect (403 again,
 * nothing sent); at most so many per client and minute (429) and so many at once (503).
 */
final class ChecksRoute {

  private static final Set<String> FIELDS = Set.of("url", "service");

  private final RequestBody bodies;
  private final Responses responses;
  private final Serving serving;
  private final ServiceProfiles services;
  private final RequestedChecks checks;
  private final ClientRateLimit rateLimit;
  private final Semaphore inFlight;
  private final ApiMetrics metrics;
  private final BundleWriter bundleJson = new BundleWriter();
  private final ReportJson reportJson = new ReportJson();

  ChecksRoute(RequestBody bodies, Responses responses, Serving serving, ServiceProfiles services,
      RequestedChecks checks, ClientRateLimit rateLimit, int maxInFlight, ApiMetrics metrics) {
    this.bodies = bodies;
    this.responses = responses;
    this.serving = serving;
    this.services = services;
    this.checks = checks;
    this.rateLimit = rateLimit;
    this.inFlight = new Semaphore(maxInFlight);
    this.metrics = metrics;
  }

  void handle(Context ctx) {
    Format format = Responses.format(ctx);
    bodies.require(ctx, List.of(DiagnosesRoute.JSON));
    JsonRequest request = JsonRequest.parse(responses.mapper(), bodies.read(ctx), FIELDS);
    String service = request.text("service");
    String url = request.text("url");
    serving.diagnoser(); // not ready: 503 before anything is probed
    ServiceProfile profile = service == null ? null : services.byId(service).orElseThrow(() -> Problem.of(
        "invalid-field", 400, "Invalid field", "request body: at /service: " + Echo.of(service) + " is no service profile; "
            + "expected one of " + String.join(", ", services.ids())).at("/service").raise());
    TargetUrl target = target(url, profile);
    ServiceProfile asProfile = profile != null ? profile : checks.profileFor(target);
    Duration wait = rateLimit.take(ctx.ip());
    if (!wait.isZero()) {
      long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
      throw Problem.of("rate-limited", 429, "Too many checks", "this client asked for more live checks than the "
          + "server allows per minute; try again in " + seconds + " s").withHeader("Retry-After", "" + seconds).raise();
    }
    checks.refusal(target).ifPresent(why -> {
      metrics.checkRefused("not-listed");
      throw Problem.of("check-denied", 403, "Check denied", why + "; ask the operator to add it to checks.allow")
          .at(url != null ? "/url" : "/service").raise();
    });
    FactBundle bundle = run(target, asProfile);
    RequestedChecks.refusedContact(bundle).ifPresent(why -> {
      metrics.checkRefused("address");
      // The probes' note names the Java exception ("EgressDeniedException: ..."); a client gets the words only.
      String words = why.replaceAll("\\b[A-Z]\\w*(Exception|Error): ", "");
      throw Problem.of("check-denied", 403, "Check denied", "the check of " + target + " was stopped: " + words
          + "; an address that is not public needs its block in checks.allow").at(url != null ? "/url" : "/service")
          .raise();
    });
    Diagnosis d = serving.diagnose(bundle);
    if (format == Format.json) {
      Responses.text(ctx, 200, "application/json", "{\"bundle\": " + bundleJson.toJson(bundle).strip()
          + ",\n\"report\": " + reportJson.write(d).strip() + "}\n");
      ctx.header("Vary", "Accept");
    } else {
      responses.report(ctx, format, d);
    }
  }

  private static TargetUrl target(String url, ServiceProfile profile) {
    if (url == null && profile == null) {
      throw Problem.of("invalid-field", 400, "Invalid field", "request body: at /url: missing; give the http(s) URL "
          + "to check, or a service whose profile has one").at("/url").raise();
    }
    try {
      return url != null ? TargetUrl.parse(url) : TargetCheck.urlOf(profile);
    } catch (IllegalArgumentException e) {
      String at = url != null ? "/url" : "/service";
      throw Problem.of("invalid-field", 400, "Invalid field", "request body: at " + at + ": " + e.getMessage()).at(at)
          .raise();
    }
  }

  private FactBundle run(TargetUrl target, ServiceProfile profile) {
    if (!inFlight.tryAcquire()) {
      throw Problem.of("busy", 503, "Too many checks in flight", "the server already runs as many live checks as it "
          + "allows at once; try again in a few seconds").withHeader("Retry-After", "5").raise();
    }
    try {
      return checks.check(target, profile, ProbeListener.NONE);
    } finally {
      inFlight.release();
    }
  }
}
