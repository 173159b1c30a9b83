package org.gatewaydoctor.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gatewaydoctor.probes.config.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** GET /health (liveness, readiness once the rule base is built) and GET /metrics (Prometheus text). */
@Timeout(180)
class HealthAndMetricsTest {

  @Test
  void theServerIsLiveAtOnceAndReadyOnlyOnceTheRuleBaseIsBuilt(@TempDir Path dir) throws Exception {
    // A rule directory compiles at run time (seconds), long enough to be asked while it does.
    Files.copy(RulesRoutesTest.DEVICE, dir.resolve("device.drl"));
    try (RunningApi api = RunningApi.startNotReady(RunningApi.settings(Configuration.defaults()).withRules(dir))) {
      HttpResponse<String> live = api.get("/health");
      HttpResponse<String> ready = api.get("/health?ready");
      HttpResponse<String> diagnosis = api.postFile("/v1/diagnoses", "application/json", RunningApi.EXAMPLE);

      assertThat(live.statusCode()).isEqualTo(200);
      assertThat(RunningApi.json(live).get("status").asText()).isEqualTo("starting");
      assertThat(ready.statusCode()).isEqualTo(503);
      ProblemAssert.problem(diagnosis, 503);
      assertThat(diagnosis.headers().firstValue("Retry-After")).hasValue("1");

      api.server().ready().join();
      HttpResponse<String> after = api.get("/health?ready");
      assertThat(after.statusCode()).isEqualTo(200);
      JsonNode health = RunningApi.json(after);
      assertThat(health.get("status").asText()).isEqualTo("ready");
      assertThat(health.get("ruleBaseVersion").asInt()).isEqualTo(1);
    }
  }

  @Test
  void metricsCountRequestsByRouteAndStatusDiagnosesBySideAndRefusedChecks() throws Exception {
    try (RunningApi api = RunningApi.start()) {
      api.postFile("/v1/diagnoses", "application/json", RunningApi.EXAMPLE);
      api.postFile("/v1/diagnoses", "application/json", RunningApi.EXAMPLE);
      api.post("/v1/diagnoses", "application/json", "{");
      api.post("/v1/checks", "application/json", "{\"url\": \"http://127.0.0.1/\"}");
      api.get("/no/such/route/12345");

      HttpResponse<String> r = api.get("/metrics");
      assertThat(r.statusCode()).isEqualTo(200);
      assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/plain; version=0.0.4");
      assertThat(r.body())
          .contains("gateway_doctor_http_requests_seconds_count{method=\"POST\",route=\"/v1/diagnoses\",status=\"200\"} 2")
          .contains("gateway_doctor_http_requests_seconds_count{method=\"POST\",route=\"/v1/diagnoses\",status=\"400\"} 1")
          .contains("route=\"unmatched\",status=\"404\"")
          .contains("gateway_doctor_http_requests_seconds_bucket{")
          .contains("gateway_doctor_diagnoses_total{side=\"service\"} 2.0")
          .contains("gateway_doctor_diagnoses_total{side=\"your_network\"} 0.0")
          .contains("gateway_doctor_checks_refused_total{reason=\"not-listed\"} 1.0")
          .contains("gateway_doctor_rule_reloads_total{result=\"failed\"} 0.0")
          .doesNotContain("/no/such/route");
    }
  }
}
