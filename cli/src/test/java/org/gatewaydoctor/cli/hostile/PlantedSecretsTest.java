package org.gatewaydoctor.cli.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.gatewaydoctor.cli.InProcessRun;
import org.gatewaydoctor.probes.rig.GeneratedSection;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16, defect 5: a corpus of planted secrets (at least 100 in at least 12 categories) in the
 * URL, the redirects, the headers and the body of a real server's 502 on loopback, and in a HAR
 * saved from a browser, never reaches a saved bundle, a report in any format, or standard error.
 * The recall per category is docs/reliability.md, which this test writes (stale means failing;
 * regenerate with {@code -Dgatewaydoctor.docs.update=true}).
 */
@Timeout(300)
class PlantedSecretsTest {

  private static final Path REPORT = Path.of("../docs/reliability.md");
  private static final List<String> FORMATS = List.of("text", "markdown", "html", "json");
  private static final ObjectMapper JSON = new ObjectMapper();

  private static final List<PlantedSecret> CORPUS = PlantedSecret.corpus();
  private static HttpServer server;
  private static String target;
  private static String body;
  private static Map<String, String> headers;
  private static final Map<String, String> OUTPUTS = new LinkedHashMap<>();

  @BeforeAll
  static void plantAndRun(@TempDir Path dir) throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
    int port = server.getAddress().getPort();
    headers = new LinkedHashMap<>();
    StringBuilder html = new StringBuilder("<!DOCTYPE html><html><head><title>502 Bad Gateway</title>");
    StringBuilder json = new StringBuilder("<script>window.__debug = {");
    StringBuilder text = new StringBuilder("<body><h1>502 Bad Gateway</h1>");
    List<String> query = new ArrayList<>();
    List<String> path = new ArrayList<>();
    List<String> passwords = new ArrayList<>();
    int n = 0;
    for (PlantedSecret s : CORPUS) {
      n++;
      switch (s.place()) {
        case "query" -> query.add("p" + n + "=" + URLEncoder.encode(s.value(), StandardCharsets.UTF_8));
        case "path" -> path.add(s.value());
        case "header" -> headers.put("X-Trace-" + n, s.value());
        case "json" -> json.append("\"d").append(n).append("\": \"").append(s.value().replace("\n", "\\n")).append("\", ");
        case "html" -> text.append("<p>trace ").append(s.value()).append("</p>\n");
        case "hidden-input" -> text.append("<input type=\"hidden\" name=\"")
            .append(List.of("authenticity_token", "csrf", "_token", "state").get(n % 4)).append("\" value=\"")
            .append(s.value()).append("\">");
        case "meta" -> html.append("<meta name=\"").append(List.of("csrf-token", "xsrf-token", "_csrf").get(n % 3))
            .append("\" content=\"").append(s.value()).append("\">");
        case "userinfo" -> passwords.add(s.value());
        default -> throw new IllegalStateException(s.place());
      }
    }
    body = html.append("</head>").append(json.append("};</script>")).append(text.append("</body></html>")).toString();
    String origin = "127.0.0.1:" + port;
    // The target carries the first password; each redirect hop carries the next one.
    target = "http://user:" + passwords.get(0) + "@" + origin + "/s/" + String.join("/", path) + "/?"
        + String.join("&", query);
    server.createContext("/", ex -> {
      String p = ex.getRequestURI().getPath();
      int hop = p.startsWith("/hop/") ? Integer.parseInt(p.substring(5)) : 0;
      if (hop + 1 < passwords.size()) {
        ex.getResponseHeaders().add("Location", "http://user:" + passwords.get(hop + 1) + "@" + origin + "/hop/" + (hop + 1));
        ex.sendResponseHeaders(302, -1);
        ex.close();
        return;
      }
      headers.forEach((k, v) -> ex.getResponseHeaders().add(k, v));
      ex.getResponseHeaders().add("Server", "nginx/1.22.1");
      ex.getResponseHeaders().add("Content-Type", "text/html");
      byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
      ex.sendResponseHeaders(502, bytes.length);
      try (OutputStream out = ex.getResponseBody()) {
        out.write(bytes);
      }
    });
    server.start();
    Path har = dir.resolve("planted.har");
    Files.writeString(har, har(target.replace("127.0.0.1:" + port, "chatgpt.com")));
    for (String format : FORMATS) {
      Path live = dir.resolve("live-" + format + ".json");
      record(List.of("diagnose", target, "--no-browser-profiles", "--format", format, "--save-facts", live.toString()),
          live, "live, " + format);
      Path imported = dir.resolve("har-" + format + ".json");
      record(List.of("diagnose", "--har", har.toString(), "--format", format, "--save-facts", imported.toString()),
          imported, "HAR, " + format);
    }
  }

  private static void record(List<String> args, Path saved, String what) throws IOException {
    InProcessRun run = InProcessRun.of(Map.of(), args);
    assertThat(run.exitCode()).as(what + ": " + run).isBetween(3, 6);
    OUTPUTS.put("report (" + what + ")", run.stdout());
    OUTPUTS.put("stderr (" + what + ")", run.stderr());
    OUTPUTS.put("saved bundle (" + what + ")", Files.readString(saved));
  }

  /** A HAR 1.2 file of one page request that met the planted 502. */
  private static String har(String url) throws IOException {
    ObjectNode root = JSON.createObjectNode();
    ObjectNode log = root.putObject("log");
    log.put("version", "1.2");
    log.putObject("creator").put("name", "WebInspector").put("version", "537.36");
    ObjectNode page = log.putArray("pages").addObject();
    page.put("startedDateTime", "2026-11-26T09:41:02.113Z").put("id", "page_1").put("title", url);
    page.putObject("pageTimings").put("onLoad", 912.4);
    ObjectNode entry = log.putArray("entries").addObject();
    entry.put("pageref", "page_1").put("startedDateTime", "2026-11-26T09:41:02.113Z").put("time", 908.2);
    ObjectNode request = entry.putObject("request");
    request.put("method", "GET").put("url", url).put("httpVersion", "http/2.0");
    ArrayNode rh = request.putArray("headers");
    headers.forEach((k, v) -> rh.addObject().put("name", k).put("value", v));
    request.putArray("queryString");
    request.putArray("cookies");
    request.put("headersSize", -1).put("bodySize", 0);
    ObjectNode response = entry.putObject("response");
    response.put("status", 502).put("statusText", "Bad Gateway").put("httpVersion", "http/2.0");
    ArrayNode h = response.putArray("headers");
    h.addObject().put("name", "server").put("value", "nginx/1.22.1");
    h.addObject().put("name", "content-type").put("value", "text/html");
    headers.forEach((k, v) -> h.addObject().put("name", k).put("value", v));
    response.putArray("cookies");
    response.putObject("content").put("size", body.length()).put("mimeType", "text/html").put("text", body);
    response.put("redirectURL", "").put("headersSize", -1).put("bodySize", -1);
    entry.putObject("cache");
    entry.putObject("timings").put("blocked", 2.1).put("dns", 12.4).put("connect", 48.2).put("send", 0.3)
        .put("wait", 841.7).put("receive", 3.6);
    entry.put("serverIPAddress", "104.18.32.47");
    return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root);
  }

  @AfterAll
  static void stopServer() {
    server.stop(0);
  }

  @Test
  void theCorpusIsAsLargeAsTheIssueAsks() {
    assertThat(CORPUS).hasSizeGreaterThanOrEqualTo(100);
    assertThat(CORPUS.stream().map(PlantedSecret::category).distinct()).hasSizeGreaterThanOrEqualTo(12);
    assertThat(OUTPUTS).hasSize(FORMATS.size() * 2 * 3);
    // The secrets did reach the tool: the planted headers and body are in every saved bundle, redacted.
    OUTPUTS.forEach((where, text) -> {
      if (where.startsWith("saved bundle")) {
        assertThat(text).as(where).containsIgnoringCase("x-trace-");
        assertThat(text).as(where).contains("trace [redacted]", "value=\\\"[redacted]\\\"");
      }
    });
  }

  @Test
  void noPlantedSecretReachesAnyOutput() {
    List<String> leaks = new ArrayList<>();
    for (PlantedSecret s : CORPUS) {
      OUTPUTS.forEach((where, text) -> {
        if (s.leaksInto(text)) {
          leaks.add(s.category() + " planted in " + s.place() + " leaked into " + where);
        }
      });
    }
    assertThat(leaks).isEmpty();
  }

  @Test
  void docsReliabilityIsTheReportOfThisRun() {
    GeneratedSection.check(REPORT, "planted-secrets", markdown(), "regenerate it with ./mvnw -B -q -pl cli -am "
        + "test -Dtest=PlantedSecretsTest -Dsurefire.failIfNoSpecifiedTests=false -Dgatewaydoctor.docs.update=true");
  }

  private static String markdown() {
    Map<String, List<PlantedSecret>> byCategory = CORPUS.stream()
        .collect(Collectors.groupingBy(PlantedSecret::category, LinkedHashMap::new, Collectors.toList()));
    StringBuilder md = new StringBuilder("""
        <!-- Generated by PlantedSecretsTest (cli module) from a real run. Do not edit; regenerate with
             ./mvnw -B -q -pl cli -am test -Dtest=PlantedSecretsTest -Dsurefire.failIfNoSpecifiedTests=false -Dgatewaydoctor.docs.update=true -->

        ## Planted secrets

        Secrets of every kind below are planted in what a real server on 127.0.0.1 sends back (a 502 page
        behind a chain of redirects) and in a HAR file of the same page: in the target URL's query and path,
        the passwords of the URL and of each redirect (`user:pass@`), response headers with innocent names,
        JSON and HTML in the body, hidden form fields and `<meta>` tokens. The values are random (a fixed
        seed), so only their shape can give them away; no field name does. Then `gateway-doctor diagnose`
        runs live and on the HAR, once per report format, each time saving the bundle (`--save-facts`).
        A secret leaks when any %d characters of it appear in any of the %d outputs: %s.

        | category | planted | where | leaked | recall |
        |---|---:|---|---:|---:|
        """.formatted(PlantedSecret.LEAK_WINDOW, OUTPUTS.size(), outputsSummary()));
    int total = 0;
    int leakedTotal = 0;
    for (var e : byCategory.entrySet()) {
      List<PlantedSecret> secrets = e.getValue();
      long leaked = secrets.stream().filter(s -> OUTPUTS.values().stream().anyMatch(s::leaksInto)).count();
      String where = secrets.stream().map(PlantedSecret::place).distinct().collect(Collectors.joining(", "));
      md.append("| ").append(e.getKey()).append(" | ").append(secrets.size()).append(" | ").append(where).append(" | ")
          .append(leaked).append(" | ").append(percent(secrets.size() - leaked, secrets.size())).append(" |\n");
      total += secrets.size();
      leakedTotal += (int) leaked;
    }
    md.append("| **all ").append(byCategory.size()).append(" categories** | ").append(total).append(" | | ")
        .append(leakedTotal).append(" | ").append(percent(total - leakedTotal, total)).append(" |\n");
    return md.toString();
  }

  private static String outputsSummary() {
    return "the report on standard output in " + String.join(", ", FORMATS)
        + ", standard error, and the saved bundle, for the live check and for the HAR";
  }

  private static String percent(long part, long whole) {
    return String.format(java.util.Locale.ROOT, "%.1f %%", 100.0 * part / whole);
  }
}
