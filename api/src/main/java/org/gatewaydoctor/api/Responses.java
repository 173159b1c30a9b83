package org.gatewaydoctor.api;

import org.gatewaydoctor.facts.Echo;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.io.UncheckedIOException;
import org.gatewaydoctor.facts.Json;
import org.gatewaydoctor.facts.report.Diagnosis;
import org.gatewaydoctor.report.Format;
import org.gatewaydoctor.report.Reports;

/** Writes answers: JSON documents, reports in the format asked for, problems. Thread-safe. */
final class Responses {

  private final ObjectMapper mapper = Json.newMapper();
  private final Reports reports = new Reports();

  ObjectMapper mapper() {
    return mapper;
  }

  /** The format {@code Accept} asks for. @throws Problem.Raised 406 when none of ours */
  static Format format(Context ctx) {
    String accept = ctx.header("Accept");
    return Negotiation.choose(accept).orElseThrow(() -> Problem.of("not-acceptable", 406, "Not acceptable",
        "Accept: " + Echo.of(accept) + " names no report format; ask for application/json, text/html, text/markdown or "
            + "text/plain").raise());
  }

  /** {@code d} as the report in {@code format}. */
  /** The response header that carries the verdict's side ({@code SERVICE}, {@code YOUR_NETWORK}, ...). */
  static final String SIDE_HEADER = "Gateway-Doctor-Side";

  void report(Context ctx, Format format, Diagnosis d) {
    text(ctx, 200, format.mediaType(), reports.render(format, d, false));
    ctx.header("Vary", "Accept");
    // Whose side, whatever the format: a script (or the CLI using this server) acts on it without
    // parsing a report; the CLI turns it into its exit code.
    ctx.header(SIDE_HEADER, d.verdict().side().name());
  }

  /** The report in {@code format} as text. */
  String render(Format format, Diagnosis d) {
    return reports.render(format, d, false);
  }

  /** {@code node} as {@code application/json}. */
  void json(Context ctx, int status, JsonNode node) {
    try {
      text(ctx, status, "application/json", mapper.writeValueAsString(node) + "\n");
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code body} as {@code mediaType} in UTF-8. */
  static void text(Context ctx, int status, String mediaType, String body) {
    ctx.status(status).contentType(mediaType + ";charset=utf-8").result(body);
  }

  /** {@code p} as {@code application/problem+json}, with its headers. */
  void problem(Context ctx, Problem p) {
    for (int i = 0; i + 1 < p.headers().size(); i += 2) {
      ctx.header(p.headers().get(i), p.headers().get(i + 1));
    }
    try {
      ctx.status(p.status()).contentType(Problem.MEDIA_TYPE)
          .result(mapper.writeValueAsString(p.toJson(mapper.createObjectNode(), ctx.path())) + "\n");
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
