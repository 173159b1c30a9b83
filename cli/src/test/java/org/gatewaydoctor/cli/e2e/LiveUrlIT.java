package org.gatewaydoctor.cli.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A live check of a URL given on the command line: a real server on 127.0.0.1, the real probes, and
 * the loopback-only egress policy, which records (and never sends) whatever else they would contact.
 */
@Timeout(300)
class LiveUrlIT {

  private HttpServer server;

  @BeforeEach
  void startServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
    server.createContext("/", ex -> {
      byte[] body = "<html><body>fine</body></html>".getBytes(StandardCharsets.UTF_8);
      ex.getResponseHeaders().add("Content-Type", "text/html");
      ex.sendResponseHeaders(200, body.length);
      try (OutputStream out = ex.getResponseBody()) {
        out.write(body);
      }
    });
    server.start();
  }

  @AfterEach
  void stopServer() {
    server.stop(0);
  }

  @Test
  void aHealthyUrlIsDiagnosedAsNothingWrong(@TempDir Path dir) {
    String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    Path saved = dir.resolve("live.json");
    Launcher.Run run = Launcher.run("diagnose", url, "--format", "json", "--save-facts", saved.toString());

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.json().at("/verdict/side").asText()).isEqualTo("NONE");
    assertThat(run.json().at("/target/url").asText()).isEqualTo(url);
    assertThat(run.json().at("/target/service").asText()).isEqualTo("generic");
    assertThat(run.stderr()).contains("Checking \"" + url + "\"");
    Launcher.Run again = Launcher.run("diagnose", "--facts", saved.toString(), "--format", "json");
    assertThat(again.stdout()).isEqualTo(run.stdout());
  }

  @Test
  void anEgressPolicyThatIsNotKnownIsBadInput() {
    String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    Launcher.assertBadInput(Launcher.run(env -> env.put("GATEWAY_DOCTOR_EGRESS", "lookback"), "diagnose", url),
        "GATEWAY_DOCTOR_EGRESS must be");
  }
}
