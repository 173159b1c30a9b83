package org.gatewaydoctor.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gatewaydoctor.api.ProblemAssert.problem;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.gatewaydoctor.facts.Environment;
import org.gatewaydoctor.facts.bundle.BundleReader;
import org.gatewaydoctor.facts.report.ReportJson;
import org.gatewaydoctor.facts.service.ServiceProfiles;
import org.gatewaydoctor.probes.check.HarBundles;
import org.gatewaydoctor.probes.config.Configuration;
import org.gatewaydoctor.rules.Diagnoser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** POST /v1/diagnoses on a real server: bundles and HARs in, every report format out, every bad input refused. */
@Timeout(120)
class DiagnosesRouteTest {

  private static final Path HAR = Path.of("src/test/resources/har/chatgpt-502.har");
  private static RunningApi api;
  private static Diagnoser diagnoser;

  @BeforeAll
  static void start() throws Exception {
    api = RunningApi.start(RunningApi.settings(Configuration.defaults()).limits(64 * 1024, 4, 1000));
    diagnoser = Diagnoser.builtIn();
  }

  @AfterAll
  static void stop() {
    api.close();
  }

  @Test
  void aBundleGetsTheReportContractByDefaultAsTheLibraryWritesIt() throws Exception {
    HttpResponse<String> r = api.postFile("/v1/diagnoses", "application/json", RunningApi.EXAMPLE);

    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type")).hasValue("application/json;charset=utf-8");
    String expected = new ReportJson().write(diagnoser.diagnose(new BundleReader().read(RunningApi.EXAMPLE).bundle()));
    assertThat(r.body()).isEqualTo(expected);
  }

  @Test
  void acceptChoosesHtmlMarkdownOrText() throws Exception {
    HttpResponse<String> html = api.postFile("/v1/diagnoses", "application/json", RunningApi.EXAMPLE,
        "Accept", "text/html");
    HttpResponse<String> markdown = api.postFile("/v1/diagnoses", "application/json", RunningApi.EXAMPLE,
        "Accept", "text/markdown, text/html;q=0.5");
    HttpResponse<String> text = api.postFile("/v1/diagnoses", "application/json", RunningApi.EXAMPLE,
        "Accept", "text/plain");

    assertThat(html.headers().firstValue("Content-Type")).hasValue("text/html;charset=utf-8");
    assertThat(html.body()).startsWith("<!DOCTYPE html>").contains("default-src 'none'").contains("<svg class=\"waterfall\"");
    assertThat(markdown.headers().firstValue("Content-Type")).hasValue("text/markdown;charset=utf-8");
    assertThat(markdown.body()).startsWith("## ").contains("### Causes");
    assertThat(text.headers().firstValue("Content-Type")).hasValue("text/plain;charset=utf-8");
    assertThat(text.body()).contains("It's not you").doesNotContain("\u001b[");
  }

  @Test
  void aHarGetsTheSameDiagnosisAsTheCommandLineImportGives() throws Exception {
    HttpResponse<String> r = api.postFile("/v1/diagnoses", "application/har+json", HAR);

    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    var bundle = new HarBundles(ServiceProfiles.builtIn(), Clock.systemUTC())
        .read(Files.readAllBytes(HAR), "request body", null, null, Environment.UNKNOWN);
    assertThat(r.body()).isEqualTo(new ReportJson().write(diagnoser.diagnose(bundle)));
    assertThat(RunningApi.json(r).at("/target/url").asText()).isEqualTo("https://chatgpt.com/");
  }

  @Test
  void malformedJsonIsABadRequestSayingWhere() throws Exception {
    var p = problem(api.post("/v1/diagnoses", "application/json", "{\"schemaVersion\": \"1.0\", \"tool\": tru"), 400,
        "/tool");

    assertThat(p.get("detail").asText()).startsWith("request body: line 1, column ");
  }

  @Test
  void aWrongTypeIsABadRequestNamingTheFieldByPointer() throws Exception {
    var tree = (com.fasterxml.jackson.databind.node.ObjectNode) RunningApi.JSON.readTree(RunningApi.EXAMPLE.toFile());
    ((com.fasterxml.jackson.databind.node.ObjectNode) tree.at("/probes/0")).put("durationMs", "12");
    String bundle = RunningApi.JSON.writeValueAsString(tree);

    var p = problem(api.post("/v1/diagnoses", "application/json", bundle), 400, "/probes/0/durationMs");
    assertThat(p.get("detail").asText()).contains("expected an integer");
  }

  @Test
  void anUnknownSchemaMajorVersionIsABadRequest() throws Exception {
    String bundle = Files.readString(RunningApi.EXAMPLE).replaceFirst("\"schemaVersion\" ?: ?\"1\\.\\d+\"",
        "\"schemaVersion\": \"2.0\"");

    var p = problem(api.post("/v1/diagnoses", "application/json", bundle), 400, "/schemaVersion");
    assertThat(p.get("type").asText()).endsWith("#problem-unsupported-schema");
  }

  @Test
  void aHarThatIsNoHarIsABadRequestNamingTheField() throws Exception {
    var p = problem(api.post("/v1/diagnoses", "application/har+json", "{\"log\": {\"entries\": 5}}"), 400);

    assertThat(p.get("pointer").asText()).startsWith("/log");
  }

  @Test
  void anUnknownServiceIsABadRequest() throws Exception {
    problem(api.postFile("/v1/diagnoses?service=nope", "application/har+json", HAR), 400);
  }

  @Test
  void aBodyOverTheLimitIsRefusedUnread() throws Exception {
    byte[] big = new byte[70 * 1024];
    java.util.Arrays.fill(big, (byte) ' ');

    var p = problem(api.post("/v1/diagnoses", "application/json", big), 413);
    assertThat(p.get("detail").asText()).contains("65536 bytes");
  }

  @Test
  void aWrongMediaTypeIsUnsupported() throws Exception {
    var p = problem(api.postFile("/v1/diagnoses", "text/plain", RunningApi.EXAMPLE), 415);

    assertThat(p.get("detail").asText()).contains("text/plain").contains("application/har+json");
    problem(api.postFile("/v1/diagnoses", null, RunningApi.EXAMPLE), 415);
  }

  @Test
  void aRefusedMediaTypeLeavesTheConnectionUsableForTheNextRequest() throws Exception {
    // The client reuses its connection; a body left unread used to make the server close it
    // after answering, and the next request on it then saw no bytes at all (seen in CI).
    for (int i = 0; i < 20; i++) {
      problem(api.postFile("/v1/diagnoses", i % 2 == 0 ? "text/plain" : null, RunningApi.EXAMPLE), 415);
      assertThat(api.postFile("/v1/diagnoses", "application/json", RunningApi.EXAMPLE).statusCode()).isEqualTo(200);
    }
  }

  @Test
  void anAcceptHeaderNamingNoFormatIsNotAcceptable() throws Exception {
    problem(api.postFile("/v1/diagnoses", "application/json", RunningApi.EXAMPLE, "Accept", "image/png"), 406);
  }

  @Test
  void anUnknownRouteIsNotFoundAndAWrongMethodNotAllowed() throws Exception {
    problem(api.get("/v2/nothing"), 404);
    problem(api.get("/v1/diagnoses"), 405);
  }

  @Test
  void aBadRequestNeverAffectsTheNextOne() throws Exception {
    HttpResponse<String> before = api.postFile("/v1/diagnoses", "application/json", RunningApi.EXAMPLE);
    problem(api.post("/v1/diagnoses", "application/json", "[[[[[[[["), 400);
    problem(api.post("/v1/diagnoses", "application/json", "{\"schemaVersion\": 1}"), 400, "/schemaVersion");
    HttpResponse<String> after = api.postFile("/v1/diagnoses", "application/json", RunningApi.EXAMPLE);

    assertThat(after.statusCode()).isEqualTo(200);
    assertThat(after.body()).isEqualTo(before.body());
  }
}
