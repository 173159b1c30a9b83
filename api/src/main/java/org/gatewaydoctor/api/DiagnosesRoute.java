package org.gatewaydoctor.api;

import org.gatewaydoctor.facts.Echo;
import io.javalin.http.Context;
import java.util.List;
import org.gatewaydoctor.facts.Environment;
import org.gatewaydoctor.facts.bundle.BundleException;
import org.gatewaydoctor.facts.bundle.BundleReader;
import org.gatewaydoctor.facts.bundle.FactBundle;
import org.gatewaydoctor.facts.report.Diagnosis;
import org.gatewaydoctor.facts.service.ServiceProfiles;
import org.gatewaydoctor.probes.TargetUrl;
import org.gatewaydoctor.probes.check.HarBundles;
import org.gatewaydoctor.probes.har.HarException;
import org.gatewaydoctor.report.Format;

/**
 * {@code POST /v1/diagnoses}: a fact bundle ({@code application/json}) or a browser's HAR
 * ({@code application/har+json}, read as the CLI's {@code --har} reads it, secrets removed on the
 * way in) is diagnosed, and the report answered in the format {@code Accept} asks for.
 */
final class DiagnosesRoute {

  static final String HAR = "application/har+json";
  static final String JSON = "application/json";

  private final RequestBody bodies;
  private final Responses responses;
  private final Serving serving;
  private final ServiceProfiles services;
  private final HarBundles hars;
  private final BundleReader bundles = new BundleReader();

  DiagnosesRoute(RequestBody bodies, Responses responses, Serving serving, ServiceProfiles services, HarBundles hars) {
    this.bodies = bodies;
    this.responses = responses;
    this.serving = serving;
    this.services = services;
    this.hars = hars;
  }

  void handle(Context ctx) {
    Format format = Responses.format(ctx);
    String type = bodies.require(ctx, List.of(JSON, HAR));
    String service = ctx.queryParam("service");
    if (service != null && services.byId(service).isEmpty()) {
      throw Problem.of("invalid-parameter", 400, "Invalid parameter", "service=" + Echo.of(service) + " is no service profile; "
          + "expected one of " + String.join(", ", services.ids())).raise();
    }
    String url = ctx.queryParam("url");
    if (url != null) {
      // As the CLI checks --har's URL: the HAR reader takes it for an http(s) URL (issue 16: "?url=chatgpt" was a 500).
      try {
        TargetUrl.parse(url);
      } catch (IllegalArgumentException e) {
        throw Problem.of("invalid-parameter", 400, "Invalid parameter", "url: " + e.getMessage()).raise();
      }
    }
    byte[] body = bodies.read(ctx);
    FactBundle bundle = type.equals(HAR) ? har(body, url, service) : bundle(body);
    Diagnosis d = serving.diagnose(bundle);
    responses.report(ctx, format, d);
  }

  private FactBundle bundle(byte[] body) {
    try {
      return bundles.read(body, "request body").bundle();
    } catch (BundleException e) {
      String m = e.getMessage();
      Problem p = m.contains("/schemaVersion")
          ? Problem.of("unsupported-schema", 400, "Unsupported bundle schema", m)
          : m.contains("invalid JSON") || m.contains("ends too early") || m.contains("is empty")
              || m.contains("after the end of the document")
          ? Problem.of("malformed-json", 400, "Malformed JSON", m)
          : Problem.of("invalid-bundle", 400, "Invalid fact bundle", m);
      throw p.at(Pointers.in(m)).raise();
    }
  }

  private FactBundle har(byte[] body, String url, String service) {
    try {
      return hars.read(body, "request body", url, service, Environment.UNKNOWN);
    } catch (HarException e) {
      throw Problem.of("invalid-har", 400, "Invalid HAR", e.getMessage()).at(Pointers.in(e.getMessage())).raise();
    }
  }
}
