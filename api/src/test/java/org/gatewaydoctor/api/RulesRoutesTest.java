package org.gatewaydoctor.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gatewaydoctor.api.ProblemAssert.problem;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** GET /v1/rules and POST /v1/rules/validate on a real server with the built-in rule base. */
@Timeout(180)
class RulesRoutesTest {

  static final Path BROKEN = Path.of("src/test/resources/rules/broken/broken.drl");
  static final Path DEVICE = Path.of("src/test/resources/rules/device-side/device.drl");

  private static RunningApi api;

  @BeforeAll
  static void start() throws Exception {
    api = RunningApi.start();
  }

  @AfterAll
  static void stop() {
    api.close();
  }

  private static String files(String... nameAndText) {
    ObjectNode files = RunningApi.JSON.createObjectNode();
    for (int i = 0; i + 1 < nameAndText.length; i += 2) {
      files.put(nameAndText[i], nameAndText[i + 1]);
    }
    return RunningApi.JSON.createObjectNode().set("files", files).toString();
  }

  @Test
  void theBuiltInRuleBaseIsDescribedWithItsCounts() throws Exception {
    HttpResponse<String> r = api.get("/v1/rules");

    assertThat(r.statusCode()).isEqualTo(200);
    JsonNode rules = RunningApi.json(r);
    assertThat(rules.get("origin").asText()).isEqualTo("built-in");
    assertThat(rules.get("version").asInt()).isEqualTo(1);
    assertThat(rules.get("rules").asInt()).isGreaterThan(100);
    assertThat(rules.at("/catalogue/causes").asInt()).isGreaterThan(10);
    assertThat(rules.at("/catalogue/products").asInt()).isGreaterThan(10);
    assertThat(rules.get("watching").asBoolean()).isFalse();
    assertThat(rules.get("lastReload").isNull()).isTrue();
  }

  @Test
  void aRuleThatCompilesWithItsFindingAndCauseIsValid() throws Exception {
    Path catalog = DEVICE.resolveSibling("catalog");
    HttpResponse<String> r = api.post("/v1/rules/validate", "application/json",
        files("device.drl", Files.readString(DEVICE), "findings.yaml", Files.readString(catalog.resolve("findings.yaml")),
            "causes.yaml", Files.readString(catalog.resolve("causes.yaml"))));

    JsonNode v = RunningApi.json(r);
    assertThat(v.get("valid").asBoolean()).as(r.body()).isTrue();
    assertThat(v.get("rules").asInt()).isGreaterThan(100);
    assertThat(v.get("errors")).isEmpty();
    assertThat(v.get("checks")).isEmpty();
  }

  /** A file that builds can still be wrong in ways only rules check sees; the answer says where. */
  @Test
  void aCatalogueThatBuildsButHasAThresholdInTheWrongUnitIsNotValid() throws Exception {
    HttpResponse<String> r = api.post("/v1/rules/validate", "application/json",
        files("thresholds.yaml", "http.latency.high.ms: 0.5\n"));

    assertThat(r.statusCode()).isEqualTo(200);
    JsonNode v = RunningApi.json(r);
    assertThat(v.get("valid").asBoolean()).as(r.body()).isFalse();
    assertThat(v.get("rules").asInt()).as("it builds").isGreaterThan(100);
    assertThat(v.get("errors")).isEmpty();
    JsonNode check = v.get("checks").get(0);
    assertThat(check.get("file").asText()).isEqualTo("thresholds.yaml");
    assertThat(check.get("line").asInt()).isEqualTo(1);
    assertThat(check.get("column").asInt()).isEqualTo(23);
    assertThat(check.get("location").asText())
        .startsWith("thresholds.yaml:1:23: threshold http.latency.high.ms = 0.5: a time in milliseconds below 1");
    ProblemAssert.assertNoInternals(check.get("location").asText());
  }

  @Test
  void aRuleThatCompilesButConcludesAFindingWithoutASentenceIsNotValid() throws Exception {
    HttpResponse<String> r = api.post("/v1/rules/validate", "application/json",
        files("device.drl", Files.readString(DEVICE)));

    JsonNode v = RunningApi.json(r);
    assertThat(v.get("valid").asBoolean()).as(r.body()).isFalse();
    assertThat(v.get("errors")).isEmpty();
    assertThat(v.get("checks")).extracting(c -> c.get("location").asText())
        .anySatisfy(l -> assertThat(l).startsWith("device.drl:12:").contains("finding TEST_BROWSER_BROKEN has no sentence"));
  }

  @Test
  void aRuleThatDoesNotCompileIsLocatedByFileLineAndColumn() throws Exception {
    HttpResponse<String> r = api.post("/v1/rules/validate", "application/json",
        files("broken.drl", Files.readString(BROKEN)));

    assertThat(r.statusCode()).isEqualTo(200);
    JsonNode v = RunningApi.json(r);
    assertThat(v.get("valid").asBoolean()).isFalse();
    JsonNode first = v.get("errors").get(0);
    assertThat(first.get("file").asText()).isEqualTo("broken.drl");
    assertThat(first.get("line").asInt()).isEqualTo(8);
    assertThat(first.get("column").asInt()).isPositive();
    assertThat(first.get("location").asText()).startsWith("broken.drl:8:");
    ProblemAssert.assertNoInternals(first.get("location").asText());
  }

  @Test
  void aCatalogueEntryThatIsInvalidIsAnErrorNamingItsFile() throws Exception {
    HttpResponse<String> r = api.post("/v1/rules/validate", "application/json",
        files("causes.yaml", "- id: browser-issue\n  title: [not, a, title]\n"));

    JsonNode v = RunningApi.json(r);
    assertThat(v.get("valid").asBoolean()).as(r.body()).isFalse();
    assertThat(v.at("/errors/0/location").asText()).contains("causes.yaml").doesNotContain("/tmp");
  }

  @Test
  void filesThatCannotBeRuleFilesAreBadRequests() throws Exception {
    problem(api.post("/v1/rules/validate", "application/json", "{\"files\": {}}"), 400, "/files");
    problem(api.post("/v1/rules/validate", "application/json", files("../../etc/x.drl", "")), 400,
        "/files/..~1..~1etc~1x.drl");
    problem(api.post("/v1/rules/validate", "application/json", files("notes.txt", "")), 400, "/files/notes.txt");
    problem(api.post("/v1/rules/validate", "application/json", "{\"files\": {\"a.drl\": 5}}"), 400, "/files/a.drl");
    problem(api.post("/v1/rules/validate", "application/json", "{\"file\": {}}"), 400, "/file");
    problem(api.post("/v1/rules/validate", "text/plain", "rule"), 415);
  }
}
