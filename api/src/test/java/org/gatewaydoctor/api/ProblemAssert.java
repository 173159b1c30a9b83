package org.gatewaydoctor.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;

/** What every error answer must be: problem+json with the status, a pointer when named, no internals. */
final class ProblemAssert {

  private ProblemAssert() {}

  /** Asserts {@code r} is a problem of {@code status}, and returns it. */
  static JsonNode problem(HttpResponse<String> r, int status) throws Exception {
    assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
    assertThat(r.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    JsonNode p = RunningApi.json(r);
    assertThat(p.get("status").asInt()).isEqualTo(status);
    assertThat(p.get("type").asText()).startsWith("https://");
    assertThat(p.get("title").asText()).isNotBlank();
    assertThat(p.get("detail").asText()).isNotBlank();
    assertNoInternals(r.body());
    return p;
  }

  /** Asserts {@code r} is a problem of {@code status} naming the field {@code pointer}. */
  static JsonNode problem(HttpResponse<String> r, int status, String pointer) throws Exception {
    JsonNode p = problem(r, status);
    assertThat(p.path("pointer").asText(null)).as("pointer in " + r.body()).isEqualTo(pointer);
    return p;
  }

  /** No stack trace, exception or internal class name reaches a client. */
  static void assertNoInternals(String body) {
    assertThat(body).doesNotContain("Exception").doesNotContain("org.gatewaydoctor").doesNotContain("io.javalin")
        .doesNotContain("org.eclipse").doesNotContain("com.fasterxml").doesNotContain("\tat ")
        .doesNotContain(".java:");
  }
}
