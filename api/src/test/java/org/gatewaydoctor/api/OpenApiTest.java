package org.gatewaydoctor.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * GET /openapi.json describes every route the server answers, and real answers of every route (its
 * successes and its errors) match the schema the description gives for their status and media type.
 * JSON reports are also checked against the report contract's own schema (docs/schema).
 */
@Timeout(180)
class OpenApiTest {

  private static RunningApi api;
  private static JsonNode openapi;
  private static final Set<String> seen = new HashSet<>();

  @BeforeAll
  static void start() throws Exception {
    api = RunningApi.start(RunningApi.settings(RunningApi.configuration("deadline: 2s\nreferences: []\n"
        + "throughput: null\nresolvers:\n  independent: {}\nchecks:\n  allow: [127.0.0.1]\n"))
        .limits(64 * 1024, 4, 1000).withEcho(true));
    HttpResponse<String> r = api.get("/openapi.json");
    assertThat(r.statusCode()).isEqualTo(200);
    openapi = RunningApi.json(r);
  }

  @AfterAll
  static void stop() {
    api.close();
  }

  @Test
  void theDescriptionIsOpenApi31AndNamesEveryRouteTheServerAnswers() {
    assertThat(openapi.get("openapi").asText()).isEqualTo("3.1.0");
    Set<String> described = new HashSet<>();
    openapi.get("paths").fields().forEachRemaining(p -> p.getValue().fieldNames()
        .forEachRemaining(m -> described.add(m.toUpperCase(Locale.ROOT) + " " + p.getKey())));
    assertThat(described).isEqualTo(ApiServer.routes());
  }

  @Test
  void realAnswersOfEveryRouteMatchTheDescription() throws Exception {
    byte[] big = new byte[70 * 1024];
    java.util.Arrays.fill(big, (byte) ' ');
    try (Upstream nginx = Upstream.nginx502("127.0.0.1")) {
      matches("GET", "/health", api.get("/health"));
      matches("GET", "/metrics", api.get("/metrics"));
      matches("GET", "/openapi.json", api.get("/openapi.json"));
      matches("GET", "/v1/rules", api.get("/v1/rules"));
      matches("POST", "/v1/diagnoses", api.postFile("/v1/diagnoses", "application/json", RunningApi.EXAMPLE));
      matches("POST", "/v1/diagnoses", api.postFile("/v1/diagnoses", "application/json", RunningApi.EXAMPLE,
          "Accept", "text/html"));
      matches("POST", "/v1/diagnoses", api.postFile("/v1/diagnoses", "application/har+json",
          Path.of("src/test/resources/har/chatgpt-502.har"), "Accept", "text/markdown"));
      matches("POST", "/v1/diagnoses", api.post("/v1/diagnoses", "application/json", "{\"schemaVersion\": \"9.0\"}"));
      matches("POST", "/v1/diagnoses", api.postFile("/v1/diagnoses", "application/json", RunningApi.EXAMPLE,
          "Accept", "image/png"));
      matches("POST", "/v1/diagnoses", api.post("/v1/diagnoses", "application/json", big));
      matches("POST", "/v1/diagnoses", api.post("/v1/diagnoses", "text/csv", "a,b"));
      matches("POST", "/v1/checks", api.post("/v1/checks", "application/json", "{\"url\": \"" + nginx.url() + "\"}"));
      matches("POST", "/v1/checks", api.post("/v1/checks", "application/json", "{\"url\": \"" + nginx.url() + "\"}",
          "Accept", "text/plain"));
      matches("POST", "/v1/checks", api.post("/v1/checks", "application/json", "{\"url\": \"http://10.0.0.1/\"}"));
      matches("POST", "/v1/checks", api.post("/v1/checks", "application/json", "{\"url\": 1}"));
      matches("POST", "/v1/rules/validate", api.post("/v1/rules/validate", "application/json",
          "{\"files\": {\"broken.drl\": " + RunningApi.JSON.writeValueAsString(Files.readString(RulesRoutesTest.BROKEN))
              + "}}"));
      matches("POST", "/v1/rules/validate", api.post("/v1/rules/validate", "application/json", "{\"files\": 1}"));
      matches("POST", "/v1/echo", api.post("/v1/echo", "application/json", "{\"a\": [1, 2]}"));
      matches("POST", "/v1/echo", api.post("/v1/echo", "application/json", "{"));
    }
    // Answers outside any operation (unknown route, wrong method) are problems too.
    for (HttpResponse<String> r : List.of(api.get("/v1/nothing"), api.get("/v1/checks"))) {
      assertThat(violations(ref("#/components/schemas/Problem"), RunningApi.json(r))).isEmpty();
    }
    assertThat(seen).containsAll(List.of("200", "400", "403", "406", "413", "415"));
  }

  @Test
  void theValidatorRefusesAnAnswerThatDoesNotMatch() throws Exception {
    JsonNode wrong = RunningApi.JSON.readTree("{\"status\": \"sleeping\", \"live\": true}");

    assertThat(violations(ref("#/components/schemas/Health"), wrong)).isNotEmpty();
  }

  /** Asserts that {@code r} is described for {@code method path} and matches its schema. */
  private static void matches(String method, String path, HttpResponse<String> r) throws Exception {
    String status = Integer.toString(r.statusCode());
    seen.add(status);
    JsonNode response = openapi.at("/paths/" + path.replace("/", "~1") + "/" + method.toLowerCase(Locale.ROOT)
        + "/responses/" + status);
    assertThat(response.isMissingNode()).as(method + " " + path + " answered " + status + ", which is not described: "
        + r.body()).isFalse();
    String type = r.headers().firstValue("Content-Type").orElseThrow();
    String mediaType = type.contains(";") ? type.substring(0, type.indexOf(';')).trim() : type;
    JsonNode content = response.at("/content/" + mediaType.replace("/", "~1"));
    assertThat(content.isMissingNode()).as(method + " " + path + " " + status + " as " + mediaType).isFalse();
    if (mediaType.endsWith("json")) {
      JsonNode body = RunningApi.json(r);
      assertThat(violations(content.get("schema"), body)).as(method + " " + path + " " + status).isEmpty();
      JsonNode report = path.equals("/v1/checks") ? body.get("report") : path.equals("/v1/diagnoses") ? body : null;
      if (report != null && r.statusCode() == 200) {
        assertThat(contractViolations(report)).isEmpty();
      }
    }
  }

  private static JsonNode ref(String ref) {
    return RunningApi.JSON.createObjectNode().put("$ref", ref);
  }

  /** Violations of {@code schema} (which may refer to the description's components) in {@code body}. */
  private static List<String> violations(JsonNode schema, JsonNode body) {
    ObjectNode root = openapi.deepCopy();
    root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    root.putArray("allOf").add(schema);
    root.remove(List.of("openapi", "info", "paths"));
    return registry().getSchema(root).validate(body).stream()
        .map(e -> e.getInstanceLocation() + ": " + e.getMessage()).toList();
  }

  private static List<String> contractViolations(JsonNode report) throws Exception {
    Path schema = Path.of("../docs/schema/report.schema.json");
    Schema s = registry().getSchema(RunningApi.JSON.readTree(schema.toFile()));
    return s.validate(report).stream().map(e -> e.getInstanceLocation() + ": " + e.getMessage()).toList();
  }

  private static SchemaRegistry registry() {
    return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
        b -> b.schemaLoader(loader -> loader.fetchRemoteResources(false)));
  }
}
