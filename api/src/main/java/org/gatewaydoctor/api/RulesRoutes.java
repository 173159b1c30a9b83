package org.gatewaydoctor.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.gatewaydoctor.api.rules.LiveRuleBase;
import org.gatewaydoctor.api.rules.RuleBuild;
import org.gatewaydoctor.api.rules.RuleProblem;
import org.gatewaydoctor.api.rules.RuleValidation;
import org.gatewaydoctor.rules.Diagnoser;

/**
 * {@code GET /v1/rules} (the rule base serving: version, rule and catalogue counts, the last
 * reload's result with its problems) and {@code POST /v1/rules/validate} (rule or catalogue files
 * as text in, {@code file:line:column} problems out: build errors, and what {@code rules check}
 * finds beyond them).
 */
final class RulesRoutes {

  /** Compiling costs seconds of CPU: one validation at a time, the others wait this long at most. */
  private static final long VALIDATION_WAIT_SECONDS = 30;

  private final LiveRuleBase rules;
  private final RuleValidation validation;
  private final RequestBody bodies;
  private final Responses responses;
  private final Semaphore compiling = new Semaphore(1, true);

  RulesRoutes(LiveRuleBase rules, RuleValidation validation, RequestBody bodies, Responses responses) {
    this.rules = rules;
    this.validation = validation;
    this.bodies = bodies;
    this.responses = responses;
  }

  void describe(Context ctx) {
    ObjectNode out = responses.mapper().createObjectNode();
    out.put("origin", rules.origin());
    var serving = rules.serving();
    out.put("ready", serving.isPresent());
    serving.ifPresent(s -> {
      Diagnoser d = s.diagnoser();
      out.put("version", s.version()).put("loadedAt", s.loadedAt().toString()).put("rules", d.ruleBase().rules().size());
      ObjectNode areas = out.putObject("rulesPerArea");
      d.ruleBase().rulesPerArea().forEach(areas::put);
      out.putObject("catalogue").put("causes", d.catalog().causes().size())
          .put("solutions", d.catalog().solutions().size()).put("products", d.catalog().products().size())
          .put("findings", d.catalog().findingTexts().size()).put("services", d.catalog().services().size());
    });
    out.put("watching", rules.directory() != null);
    var reload = rules.lastReload();
    if (reload.isEmpty()) {
      out.putNull("lastReload");
    } else {
      ObjectNode r = out.putObject("lastReload").put("at", reload.get().at().toString())
          .put("result", reload.get().ok() ? "ok" : "failed").put("tookMs", reload.get().took().toMillis());
      problems(r.putArray("errors"), reload.get().problems());
    }
    responses.json(ctx, 200, out);
  }

  void validate(Context ctx) {
    bodies.require(ctx, List.of(DiagnosesRoute.JSON));
    JsonNode files = JsonRequest.parse(responses.mapper(), bodies.read(ctx), Set.of("files")).object("files");
    Map<String, String> texts = texts(files);
    RuleValidation.Result result;
    try {
      if (!compiling.tryAcquire(VALIDATION_WAIT_SECONDS, TimeUnit.SECONDS)) {
        throw Problem.of("busy", 503, "Busy compiling", "another validation is compiling; try again shortly")
            .withHeader("Retry-After", "5").raise();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw Problem.of("busy", 503, "Busy compiling", "the server is stopping; try again").raise();
    }
    try {
      result = validation.validate(texts);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      compiling.release();
    }
    RuleBuild build = result.build();
    ObjectNode out = responses.mapper().createObjectNode().put("valid", result.valid());
    if (build.ok()) {
      out.put("rules", build.diagnoser().ruleBase().rules().size());
    }
    problems(out.putArray("errors"), build.problems());
    problems(out.putArray("checks"), result.checks());
    responses.json(ctx, 200, out);
  }

  private static Map<String, String> texts(JsonNode files) {
    if (files == null || files.isEmpty()) {
      throw Problem.of("invalid-field", 400, "Invalid field", "request body: at /files: expected an object of file "
          + "names to their text, such as {\"files\": {\"my-rules.drl\": \"package ...\"}}").at("/files").raise();
    }
    Map<String, String> texts = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = files.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> f = it.next();
      String at = "/files/" + Pointers.escape(f.getKey());
      String refusal = RuleValidation.refusal(f.getKey());
      if (refusal != null) {
        throw Problem.of("invalid-field", 400, "Invalid field", "request body: at " + at + ": " + refusal).at(at)
            .raise();
      }
      if (!f.getValue().isTextual()) {
        throw JsonRequest.wrongType(at, "a string (the file's text)", f.getValue()).raise();
      }
      texts.put(f.getKey(), f.getValue().asText());
    }
    return texts;
  }

  private static void problems(ArrayNode out, List<RuleProblem> problems) {
    for (RuleProblem p : problems) {
      out.addObject().put("file", p.file()).put("line", p.line()).put("column", p.column()).put("message", p.message())
          .put("location", p.location());
    }
  }
}
