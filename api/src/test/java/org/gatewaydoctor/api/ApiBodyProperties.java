package org.gatewaydoctor.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import net.jqwik.api.AfterFailureMode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.gatewaydoctor.api.rules.RuleValidation;
import org.gatewaydoctor.probes.config.Configuration;
import org.gatewaydoctor.probes.rig.GeneratedSection;
import org.gatewaydoctor.probes.rig.LoopbackOnlyGuard;
import org.gatewaydoctor.probes.rig.Mutations;
import org.gatewaydoctor.probes.rig.SafeText;

/**
 * Issue 16: fuzzing of the HTTP API's request bodies, 10,000 each for {@code POST /v1/diagnoses},
 * {@code POST /v1/rules/validate} and {@code POST /v1/checks}, against one real server on loopback
 * (the default configuration: built-in rules, no live check allowed) through one client. Bodies are
 * the documented examples and a browser's HAR mutated, random JSON (huge numbers, deep nesting,
 * duplicate keys), random bytes, and requests of each route's own shape with bad values; headers are
 * right, wrong, odd or missing. Never a 5xx; every 4xx is problem+json whose detail is one bounded
 * line with no raw control character and, for a body that is at fault, says where (a pointer or a
 * line and column); every 2xx a well-formed report. {@code /v1/checks} is denied for every target
 * by the default configuration before anything is resolved ({@code RequestedChecks.refusal} looks
 * at the host name only), and a {@link LoopbackOnlyGuard} fails the run on any lookup or contact off
 * loopback all the same. Counts: docs/reliability.md, section fuzzing-api.
 */
class ApiBodyProperties {

  static final int TRIES = 10_000;
  /** Fixed, so that the counts in docs/reliability.md are the same on every run. */
  static final String SEED = "16017";
  /**
   * Larger than any generated body. A body over the limit is answered 413 before it is read and the
   * connection closed, and the JDK client, still sending, then often sees the connection reset
   * instead of the answer (a race of the client's, not a 5xx; DiagnosesRouteTest covers the 413).
   */
  static final int MAX_BODY = 1024 * 1024;
  static final String RERUN = "GATEWAY_DOCTOR_EGRESS=loopback ./mvnw -B -q -pl api -am test "
      + "-Dtest=ApiBodyProperties -Dsurefire.failIfNoSpecifiedTests=false";
  private static final Path REPORT = Path.of("../docs/reliability.md");
  private static final List<String> ROUTES = List.of("/v1/diagnoses", "/v1/rules/validate", "/v1/checks");

  private static final List<byte[]> BUNDLES = List.of(read("../docs/examples/cloudflare-502-origin-down.bundle.json"),
      read("../docs/examples/dns-system-nxdomain.bundle.json"), read("../docs/examples/healthy-200.bundle.json"),
      read("../docs/examples/nginx-400-cookie-too-large-har.bundle.json"),
      read("../docs/examples/squid-connect-fail.bundle.json"));
  private static final byte[] HAR = read("src/test/resources/har/chatgpt-502.har");
  private static final byte[] VALIDATE = """
      {"files": {"my-rules.drl": "package rules.custom\\n\\nrule \\"A rule\\"\\nwhen\\nthen\\nend\\n",
                 "thresholds.yaml": "thresholds:\\n  - key: a.b\\n    value: 1\\n"}}""".getBytes(StandardCharsets.UTF_8);
  private static final byte[] CHECK = "{\"url\": \"https://chatgpt.com/\", \"service\": \"chatgpt\"}"
      .getBytes(StandardCharsets.UTF_8);

  private static RunningApi api;
  private static LoopbackOnlyGuard guard;
  /** Per route, how many tries ended with each status. */
  private static final Map<String, SortedMap<Integer, Integer>> STATUSES = new LinkedHashMap<>();
  /** Validation bodies left out because they would compile a rule base (a second each). */
  private static int leftOut;
  private static Request previous;
  private static String previousStatus;

  @BeforeContainer
  static void start() throws IOException {
    guard = LoopbackOnlyGuard.install();
    // No limit on checks per minute: every request of /v1/checks must reach the allow-list.
    api = RunningApi.start(RunningApi.settings(Configuration.defaults()).limits(MAX_BODY, 4, Integer.MAX_VALUE));
    ROUTES.forEach(r -> STATUSES.put(r, new TreeMap<>()));
  }

  @AfterContainer
  static void stopAndReport() {
    api.close();
    guard.close();
    // A failing try is reported by its property; a partial run's counts mean nothing.
    if (STATUSES.values().stream().allMatch(s -> tries(s) == TRIES)) {
      GeneratedSection.check(REPORT, "fuzzing-api", markdown(), "regenerate it with " + RERUN
          + " -Dgatewaydoctor.docs.update=true");
    }
  }

  @Property(tries = TRIES, seed = SEED, afterFailure = AfterFailureMode.PREVIOUS_SEED)
  void aDiagnosisRequestIsAnsweredWithAReportOrAProblemThatSaysWhere(@ForAll("diagnosisRequests") Request request)
      throws Exception {
    HttpResponse<String> r = send(request);

    if (r.statusCode() < 300) {
      assertWellFormedReport(r);
    }
  }

  @Property(tries = TRIES, seed = SEED, afterFailure = AfterFailureMode.PREVIOUS_SEED)
  void aValidationRequestIsAnsweredOrRefusedWithAProblemThatSaysWhere(@ForAll("validationRequests") Request request)
      throws Exception {
    HttpResponse<String> r = send(request);

    if (r.statusCode() < 300) {
      assertThat(RunningApi.json(r).get("valid").isBoolean()).as(r.body()).isTrue();
    }
  }

  @Property(tries = TRIES, seed = SEED, afterFailure = AfterFailureMode.PREVIOUS_SEED)
  void aCheckRequestIsDeniedOrRefusedAndNothingIsProbed(@ForAll("checkRequests") Request request) throws Exception {
    HttpResponse<String> r = send(request);

    assertThat(r.statusCode()).as(request + "\n" + r.body()).isBetween(400, 499);
  }

  /** Shrunk from a failing try: a 2 kB Content-Type was echoed whole in the 415's detail. */
  @Example
  void aLongMediaTypeIsEchoedCapped() throws Exception {
    HttpResponse<String> r = api.post("/v1/checks", "x".repeat(2_000), CHECK);

    assertThat(r.statusCode()).isEqualTo(415);
    assertThat(RunningApi.json(r).get("detail").asText()).contains("(cut; 1880 more characters)")
        .hasSizeLessThan(300);
  }

  /** Shrunk from a failing try: an Accept of empty ranges made Negotiation index an empty array (500). */
  @Example
  void anAcceptOfEmptyRangesIsNotAcceptableNotAnInternalError() throws Exception {
    HttpResponse<String> r = api.post("/v1/diagnoses", "application/json", BUNDLES.get(0), "Accept", ";;;,,,q=");

    assertThat(r.statusCode()).as(r.body()).isEqualTo(406);
  }

  /** Shrunk from a failing try: a HAR that is not UTF-8 was refused without saying where. */
  @Example
  void aHarThatIsNotUtf8IsRefusedAtItsLineAndColumn() throws Exception {
    HttpResponse<String> r = api.post("/v1/diagnoses", "application/har+json", new byte[] {'{', '\n', ' ', (byte) 0xc3});

    assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
    assertThat(RunningApi.json(r).get("detail").asText()).contains("line 2, column 2");
  }

  /** Shrunk from a failing try: a HAR nested too deeply was refused without saying where. */
  @Example
  void aHarNestedTooDeeplyIsRefusedAtItsLineAndColumn() throws Exception {
    HttpResponse<String> r = api.post("/v1/diagnoses", "application/har+json",
        "{\"a\":".repeat(100).getBytes(StandardCharsets.UTF_8));

    assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
    assertThat(RunningApi.json(r).get("detail").asText()).contains("line 1, column").contains("nested too deeply");
  }

  /** Shrunk from a failing try: a HAR's {@code url} that is no URL was a NullPointerException (500). */
  @Example
  void aHarUrlThatIsNoUrlIsABadRequest() throws Exception {
    HttpResponse<String> r = api.post("/v1/diagnoses?url=chatgpt", "application/har+json", HAR);

    assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
    assertThat(RunningApi.json(r).get("detail").asText()).contains("not an http(s) URL: \"chatgpt\"");
  }

  /** Sends {@code request}, counts its status, and checks what every answer must be. */
  private static HttpResponse<String> send(Request request) throws Exception {
    List<String> headers = new ArrayList<>();
    if (request.accept() != null) {
      headers.add("Accept");
      headers.add(request.accept());
    }
    HttpResponse<String> r;
    try {
      r = api.post(request.route() + request.query(), request.contentType(), request.body(),
          headers.toArray(String[]::new));
    } catch (java.io.IOException e) {
      // A connection the server closed without saying so fails the next request on it.
      throw new AssertionError("no answer to " + request + " (" + e + ") after " + previous + " was answered "
          + previousStatus, e);
    }
    previous = request;
    previousStatus = r.statusCode() + " " + r.headers().map();
    STATUSES.get(request.route()).merge(r.statusCode(), 1, Integer::sum);

    assertThat(guard.attempts()).as("lookups or contacts off loopback").isEmpty();
    assertThat(r.statusCode()).as(request + "\n" + r.body()).isLessThan(500);
    if (r.statusCode() >= 400) {
      assertProblemThatSaysWhere(request, r);
    }
    return r;
  }

  /** Problem kinds about the body's content: their detail must say where in it. */
  private static final List<String> ABOUT_THE_BODY = List.of("malformed-json", "invalid-bundle", "invalid-har",
      "unsupported-schema", "invalid-field");

  static void assertProblemThatSaysWhere(Request request, HttpResponse<String> r) throws IOException {
    String context = request + "\n" + r.body();
    assertThat(r.headers().firstValue("Content-Type")).as(context).hasValue("application/problem+json");
    JsonNode p = RunningApi.json(r);
    assertThat(p.path("status").asInt()).as(context).isEqualTo(r.statusCode());
    assertThat(p.path("type").asText()).as(context).startsWith("https://");
    assertThat(p.path("title").asText()).as(context).isNotBlank();
    String detail = p.path("detail").asText();
    assertThat(detail).as(context).isNotBlank().doesNotContain("\n", "\r").hasSizeLessThanOrEqualTo(1_000);
    assertThat(SafeText.firstUnsafe(detail, false)).as(context).isEmpty();
    ProblemAssert.assertNoInternals(r.body());
    String kind = p.path("type").asText().replaceFirst(".*#problem-", "");
    if (r.statusCode() == 400 && ABOUT_THE_BODY.contains(kind) && !request.query().contains("service=")) {
      assertThat(p.has("pointer")).as(context).isTrue();
      assertThat(p.path("pointer").asText().isEmpty() ? detail : "located").as(context)
          .containsPattern("located|line \\d+|top level|is empty");
    }
  }

  private static void assertWellFormedReport(HttpResponse<String> r) throws IOException {
    String type = r.headers().firstValue("Content-Type").orElse("");
    if (type.startsWith("application/json")) {
      assertThat(RunningApi.json(r).at("/verdict/side").asText()).as(r.body()).isNotBlank();
    } else if (type.startsWith("text/html")) {
      assertThat(r.body()).startsWith("<!DOCTYPE html>");
    } else if (type.startsWith("text/markdown")) {
      assertThat(r.body()).startsWith("## ");
    } else {
      assertThat(type).startsWith("text/plain");
      assertThat(r.body()).isNotBlank();
    }
  }

  /**
   * One request: the route, a query ("" or "?..."), its Content-Type and Accept (null: none sent),
   * and the body.
   */
  record Request(String route, String query, String contentType, String accept, byte[] body) {
    @Override
    public String toString() {
      return "POST " + cut(route + query) + " Content-Type: " + cut(contentType) + " Accept: " + cut(accept)
          + " body (" + body.length + " bytes): " + cut(new String(body, StandardCharsets.UTF_8));
    }

    private static String cut(String text) {
      return text == null || text.length() <= 200 ? text : text.substring(0, 200) + "... (" + text.length() + ")";
    }
  }

  @Provide
  Arbitrary<Request> diagnosisRequests() {
    Arbitrary<byte[]> body = Arbitraries.frequencyOf(Tuple.of(6, Arbitraries.of(BUNDLES).flatMap(Mutations::of)),
        Tuple.of(1, Arbitraries.of(BUNDLES)), Tuple.of(3, Mutations.of(HAR)), Tuple.of(1, Arbitraries.just(HAR)),
        Tuple.of(2, randomJson()), Tuple.of(1, randomBytes()), Tuple.of(1, deepNesting()));
    Arbitrary<String> contentType = Arbitraries.frequencyOf(Tuple.of(6, Arbitraries.just("application/json")),
        Tuple.of(3, Arbitraries.just("application/har+json")), Tuple.of(2, Arbitraries.of(ODD_CONTENT_TYPES)));
    Arbitrary<String> query = Arbitraries.frequencyOf(Tuple.of(8, Arbitraries.just("")),
        Tuple.of(2, Arbitraries.of(QUERY_VALUES).map(v -> "?service=" + encode(v))),
        Tuple.of(1, Arbitraries.of(QUERY_VALUES).map(v -> "?url=" + encode(v))));
    return Combinators.combine(query, contentType, accept(), body)
        .as((q, t, a, b) -> new Request("/v1/diagnoses", q, t, a, b));
  }

  @Provide
  Arbitrary<Request> validationRequests() {
    Arbitrary<byte[]> body = Arbitraries.frequencyOf(Tuple.of(6, Mutations.of(VALIDATE)),
        Tuple.of(3, filesObjects()), Tuple.of(2, randomJson()), Tuple.of(1, randomBytes()),
        Tuple.of(1, deepNesting()), Tuple.of(1, Arbitraries.of(BUNDLES).flatMap(Mutations::of)));
    return Combinators.combine(contentType(), accept(), body)
        .as((t, a, b) -> new Request("/v1/rules/validate", "", t, a, b))
        .filter(r -> {
          boolean compiles = wouldCompile(r);
          leftOut += compiles ? 1 : 0;
          return !compiles;
        });
  }

  @Provide
  Arbitrary<Request> checkRequests() {
    Arbitrary<byte[]> ofItsShape = Combinators.combine(Arbitraries.of(URLS), Arbitraries.of(SERVICES),
        Arbitraries.integers().between(0, 5)).as(ApiBodyProperties::checkBody);
    Arbitrary<byte[]> body = Arbitraries.frequencyOf(Tuple.of(6, ofItsShape), Tuple.of(3, Mutations.of(CHECK)),
        Tuple.of(2, randomJson()), Tuple.of(1, randomBytes()), Tuple.of(1, deepNesting()));
    return Combinators.combine(contentType(), accept(), body)
        .as((t, a, b) -> new Request("/v1/checks", "", t, a, b));
  }

  private static Arbitrary<String> contentType() {
    return Arbitraries.frequencyOf(Tuple.of(8, Arbitraries.just("application/json")),
        Tuple.of(2, Arbitraries.of(ODD_CONTENT_TYPES)));
  }

  private static Arbitrary<String> accept() {
    return Arbitraries.frequencyOf(Tuple.of(6, Arbitraries.just((String) null)), Tuple.of(4, Arbitraries.of(ACCEPTS)));
  }

  private static final List<String> ODD_CONTENT_TYPES = List.of("text/plain", "", "application/json; charset=utf-8",
      "APPLICATION/JSON", "application/json;charset=latin1", "application/har+json; charset=utf-8",
      "multipart/form-data; boundary=x", "application/*", "application/x-www-form-urlencoded", "application/jsonx",
      "application/json, text/plain", "application/problem+json", "x".repeat(2_000), "application/json; q=\"\\\"");

  private static final List<String> ACCEPTS = List.of("*/*", "application/json", "text/html", "text/markdown",
      "text/plain", "image/png", "text/html;q=0", "text/*", "application/json;q=0.1, text/html;q=0.9", "",
      ";;;,,,q=", "text/html;q=abc", "a".repeat(2_000), "application/json\tx", "text/plain; charset=ebcdic");

  private static final List<String> QUERY_VALUES = List.of("chatgpt", "github", "nope", "", "\n\u001b[2J\u0007",
      "\u202eevil", "x".repeat(5_000), "https://chatgpt.com/", "ftp://x/", "http://127.0.0.1:9/", "%", "\u0000");

  /** Targets of every kind: loopback, private, metadata, public names, bad schemes, hostile text. */
  private static final List<String> URLS = List.of("https://chatgpt.com/", "http://127.0.0.1:9/",
      "http://localhost:9/", "http://[::1]:9/", "http://10.0.0.1/", "http://169.254.169.254/latest/meta-data/",
      "http://192.168.1.1/admin", "https://example.com/", "ftp://example.com/", "file:///etc/passwd",
      "javascript:alert(1)", "http://", "https://[::1", "http://exa mple.com/", "", " ", "//x",
      "http://user:pass@127.0.0.1:9/", "http://\u001b[2J.example/", "https://\u202eevil.example/",
      "http://" + "a".repeat(5_000) + ".example/", "http://127.0.0.1:99999/", "http://0x7f000001/", "http://2130706433/");

  private static final List<String> SERVICES = List.of("chatgpt", "github", "generic", "nope", "", "\u0007\r\n");

  /** A request of /v1/checks' own shape: url and service present, absent, null or of the wrong type. */
  private static byte[] checkBody(String url, String service, int shape) {
    String u = RunningApi.JSON.valueToTree(url).toString();
    String s = RunningApi.JSON.valueToTree(service).toString();
    String json = switch (shape) {
      case 0 -> "{\"url\": " + u + "}";
      case 1 -> "{\"url\": " + u + ", \"service\": " + s + "}";
      case 2 -> "{\"service\": " + s + "}";
      case 3 -> "{\"url\": null, \"service\": " + s + "}";
      case 4 -> "{\"url\": [" + u + "], \"extra\": 1}";
      default -> "{\"url\": " + u + ", \"url\": \"http://127.0.0.1:9/\"}";
    };
    return json.getBytes(StandardCharsets.UTF_8);
  }

  /** A request of /v1/rules/validate's own shape with odd names and values. */
  private static Arbitrary<byte[]> filesObjects() {
    Arbitrary<String> name = Arbitraries.of("a.drl", "../../etc/x.drl", "notes.txt", "causes.yaml", "", ".drl",
        "a b.drl", "x".repeat(3_000) + ".drl", "\u001b[2J.drl", "a/b.drl", "thresholds.yml", "C:\\x.drl");
    Arbitrary<String> value = Arbitraries.of("5", "null", "true", "[]", "{}", "\"package x\"", "1e400");
    return Combinators.combine(name, value, Arbitraries.integers().between(0, 3)).as((n, v, shape) -> {
      String key = RunningApi.JSON.valueToTree(n).toString();
      String json = switch (shape) {
        case 0 -> "{\"files\": {" + key + ": " + v + "}}";
        case 1 -> "{\"files\": " + v + "}";
        case 2 -> "{\"file\": {" + key + ": " + v + "}}";
        default -> "{\"files\": {}, \"files\": {" + key + ": " + v + "}}";
      };
      return json.getBytes(StandardCharsets.UTF_8);
    });
  }

  /**
   * Whether the server would compile a rule base for {@code r} (a body it accepts whole): left out,
   * a compile takes a second or more (RulesRoutesTest covers those).
   */
  static boolean wouldCompile(Request r) {
    if (r.contentType() == null || !r.contentType().toLowerCase(java.util.Locale.ROOT).startsWith("application/json")) {
      return false;
    }
    JsonNode root;
    try {
      root = RunningApi.JSON.readTree(r.body());
    } catch (IOException | RuntimeException e) {
      return false;
    }
    if (root == null || !root.isObject() || root.size() != 1 || !root.path("files").isObject()
        || root.path("files").isEmpty()) {
      return false;
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = root.path("files").fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> f = it.next();
      if (RuleValidation.refusal(f.getKey()) != null || !f.getValue().isTextual()) {
        return false;
      }
    }
    return true;
  }

  /** JSON of random shape: nested arrays and objects, huge and odd numbers, duplicate keys, escapes. */
  private static Arbitrary<byte[]> randomJson() {
    Arbitrary<String> leaf = Arbitraries.oneOf(Arbitraries.of("null", "true", "false", "0", "-0", "1e400", "-1e400",
        "18446744073709552118", "1.7976931348623157e309", "0.0000000000000000000001", "\"\"", "\"\\u0000\"",
        "\"\\ud800\"", "\"\\u001b[2J\"", "\"\\u202e\"", "\"" + "y".repeat(3_000) + "\""),
        Arbitraries.strings().ofMaxLength(20).map(s -> RunningApi.JSON.valueToTree(s).toString()));
    Arbitrary<String> json = Arbitraries.lazyOf(() -> leaf,
        () -> jsonArray(leaf), () -> jsonObject(leaf), () -> jsonObject(jsonArray(leaf)));
    return json.map(s -> s.getBytes(StandardCharsets.UTF_8));
  }

  private static Arbitrary<String> jsonArray(Arbitrary<String> element) {
    return element.list().ofMaxSize(4).map(l -> "[" + String.join(",", l) + "]");
  }

  private static Arbitrary<String> jsonObject(Arbitrary<String> value) {
    Arbitrary<String> key = Arbitraries.of("schemaVersion", "log", "entries", "url", "files", "service", "a", "a", "",
        "target", "observations", "\\u0000", "/", "~");
    return Combinators.combine(key, value).as((k, v) -> "\"" + k + "\":" + v).list().ofMaxSize(4)
        .map(l -> "{" + String.join(",", l) + "}");
  }

  private static Arbitrary<byte[]> randomBytes() {
    return Arbitraries.bytes().array(byte[].class).ofMaxSize(2_000);
  }

  /** Nesting 1 to 100,000 deep, of arrays or of objects, closed or not. */
  private static Arbitrary<byte[]> deepNesting() {
    return Combinators.combine(Arbitraries.integers().between(1, 100_000), Arbitraries.of("[", "{\"a\":"),
        Arbitraries.of(true, false)).as((depth, open, closed) -> {
          String close = open.equals("[") ? "]" : "}";
          String json = open.repeat(depth) + "1" + (closed ? close.repeat(depth) : "");
          return json.getBytes(StandardCharsets.UTF_8);
        });
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private static int tries(Map<Integer, Integer> statuses) {
    return statuses.values().stream().mapToInt(Integer::intValue).sum();
  }

  private static String markdown() {
    StringBuilder md = new StringBuilder("""
        <!-- Generated by ApiBodyProperties (api module) from a real run. Do not edit; regenerate with
             %s -Dgatewaydoctor.docs.update=true -->

        ## Fuzzing the HTTP API

        %,d requests per route generated by jqwik (seed %s), sent over loopback to one real server (the
        default configuration: built-in rules, no live check allowed, bodies up to %d kB) through one client.
        Bodies: the documented example bundles and a HAR saved by Chrome with one to four edits each (a byte
        replaced, a cut, JSON or YAML syntax, a control character, a bidi override, a huge number or a
        duplicate key spliced in, a stretch repeated), requests of the route's own shape with bad values
        (`/v1/checks`: loopback, private, metadata and public targets, bad schemes, 5 kB hosts;
        `/v1/rules/validate`: file names with directories, escapes and wrong extensions, values of the wrong
        type), random JSON, random bytes, and nesting up to 100,000 deep. Content-Type: right, wrong, odd or
        missing; Accept: none, every format, nothing acceptable, malformed or 2 kB long; for diagnoses now
        and then a `service` or `url` query with hostile text. A validation body the server would compile in
        full is left out by the generator (%,d were; a compile takes a second, RulesRoutesTest covers them).
        A security manager refuses any lookup or contact off loopback (0 attempts): `/v1/checks` is denied by
        the allow-list on the host name alone, before anything is resolved.

        Every answer must be below 500; every 4xx `application/problem+json` with a one-line `detail` of at
        most 1,000 characters, no raw control character or bidi override, no class name or stack trace, and
        for a body at fault a `pointer` (or, for JSON that does not parse, the line and column); every 2xx a
        well-formed report in the format asked for. `/v1/checks` must answer every request with a 4xx.

        | route | tries | status: answers |
        |---|---:|---|
        """.formatted(RERUN, TRIES, SEED, MAX_BODY / 1024, leftOut));
    STATUSES.forEach((route, statuses) -> {
      List<String> parts = new ArrayList<>();
      statuses.forEach((status, n) -> parts.add(status + ": " + String.format("%,d", n)));
      md.append("| `POST ").append(route).append("` | ").append(String.format("%,d", tries(statuses))).append(" | ")
          .append(String.join(", ", parts)).append(" |\n");
    });
    md.append("\nServer errors (5xx) and uncaught exceptions: 0. Re-run: `").append(RERUN).append("`.\n");
    return md.toString();
  }

  private static byte[] read(String path) {
    try {
      return Files.readAllBytes(Path.of(path));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
