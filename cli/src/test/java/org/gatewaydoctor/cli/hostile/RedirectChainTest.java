package org.gatewaydoctor.cli.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import org.gatewaydoctor.cli.InProcessRun;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Issue 16, defect 4: a server on loopback that redirects in a loop, or through a long chain that
 * ends in a 502, is never "nothing is wrong"; a short chain is followed to its final answer, which
 * the rules judge.
 */
@Timeout(120)
class RedirectChainTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private HttpServer server;
  private String base;

  @BeforeEach
  void startServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
    // /loop/a -> /loop/b -> /loop/a ...
    server.createContext("/loop/", ex -> redirect(ex, ex.getRequestURI().getPath().endsWith("/a") ? "/loop/b" : "/loop/a"));
    // /chain/<length>/<step>: a redirect to the next step until <length>, where an nginx 502 answers.
    server.createContext("/chain/", ex -> {
      String[] parts = ex.getRequestURI().getPath().split("/");
      int length = Integer.parseInt(parts[2]);
      int step = Integer.parseInt(parts[3]);
      if (step < length) {
        redirect(ex, "/chain/" + length + "/" + (step + 1));
      } else {
        byte[] body = ("<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway"
            + "</h1></center>\r\n<hr><center>nginx/1.22.1</center>\r\n</body>\r\n</html>\r\n").getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Server", "nginx/1.22.1");
        ex.getResponseHeaders().add("Content-Type", "text/html");
        ex.sendResponseHeaders(502, body.length);
        try (OutputStream out = ex.getResponseBody()) {
          out.write(body);
        }
      }
    });
    server.start();
    base = "http://127.0.0.1:" + server.getAddress().getPort();
  }

  private static void redirect(HttpExchange ex, String to) throws IOException {
    ex.getResponseHeaders().add("Location", to);
    ex.sendResponseHeaders(302, -1);
    ex.close();
  }

  @AfterEach
  void stopServer() {
    server.stop(0);
  }

  @Test
  void aRedirectLoopIsAFindingOfItsOwnAndNotNothingWrong() throws IOException {
    InProcessRun run = InProcessRun.of("diagnose", base + "/loop/a", "--format", "json", "--no-browser-profiles");
    JsonNode report = JSON.readTree(run.stdout());

    assertThat(run.exitCode()).as(run.toString()).isNotIn(0, 2, 70);
    assertThat(report.at("/verdict/side").asText()).as(run.toString()).isNotEqualTo("NONE");
    assertThat(findingCodes(report)).as(run.toString()).contains("REDIRECTS_WITHOUT_END");
  }

  @Test
  void aChainLongerThanABrowserFollowsIsAFindingOfItsOwnAndNotNothingWrong() throws IOException {
    InProcessRun run = InProcessRun.of("diagnose", base + "/chain/50/0", "--format", "json", "--no-browser-profiles");
    JsonNode report = JSON.readTree(run.stdout());

    assertThat(run.exitCode()).as(run.toString()).isNotIn(0, 2, 70);
    assertThat(report.at("/verdict/side").asText()).as(run.toString()).isNotEqualTo("NONE");
    assertThat(findingCodes(report)).as(run.toString()).contains("REDIRECTS_WITHOUT_END");
  }

  @Test
  void aChainABrowserFollowsIsJudgedByItsFinal502() throws IOException {
    InProcessRun run = InProcessRun.of("diagnose", base + "/chain/15/0", "--format", "json", "--no-browser-profiles");
    JsonNode report = JSON.readTree(run.stdout());

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(3);
    assertThat(report.at("/verdict/side").asText()).isEqualTo("SERVICE");
  }

  private static java.util.List<String> findingCodes(JsonNode report) {
    java.util.List<String> codes = new java.util.ArrayList<>();
    report.at("/findings").forEach(f -> codes.add(f.at("/code").asText()));
    return codes;
  }
}
