package org.gatewaydoctor.cli.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./gateway-doctor serve} as a real process: SIGTERM while a request is in flight finishes
 * that request before the process ends, and nothing new is accepted; bad input ends it with exit 2
 * before it serves.
 */
@Timeout(180)
class ServeIT {

  private static final Pattern SERVING = Pattern.compile("serving on http://127\\.0\\.0\\.1:(\\d+)/");
  private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @Test
  void sigtermFinishesTheRequestInFlightThenStops(@TempDir Path dir) throws Exception {
    CountDownLatch arrived = new CountDownLatch(1);
    HttpServer slow = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 8);
    slow.createContext("/", ex -> {
      arrived.countDown();
      sleep(Duration.ofSeconds(2)); // the check is in flight meanwhile
      byte[] body = "<html><body><h1>502 Bad Gateway</h1></body></html>".getBytes(StandardCharsets.UTF_8);
      ex.sendResponseHeaders(502, body.length);
      try (OutputStream out = ex.getResponseBody()) {
        out.write(body);
      }
    });
    slow.start();
    Path config = dir.resolve("serve.yaml");
    Files.writeString(config, "deadline: 5s\nreferences: []\nthroughput: null\nresolvers:\n  independent: {}\n"
        + "checks:\n  allow: [127.0.0.1]\n");
    Path err = dir.resolve("serve.err");
    Process serve = start(err, "serve", "--port", "0", "--config", config.toString());
    try {
      int port = awaitPort(serve, err);
      String target = "http://127.0.0.1:" + slow.getAddress().getPort() + "/";
      CompletableFuture<HttpResponse<String>> inFlight = client.sendAsync(HttpRequest.newBuilder(
              URI.create("http://127.0.0.1:" + port + "/v1/checks")).header("Content-Type", "application/json")
              .POST(HttpRequest.BodyPublishers.ofString("{\"url\": \"" + target + "\"}")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(arrived.await(60, TimeUnit.SECONDS)).as("the check reached the target").isTrue();

      serve.destroy(); // SIGTERM

      HttpResponse<String> answered = inFlight.get(60, TimeUnit.SECONDS);
      assertThat(answered.statusCode()).as(answered.body()).isEqualTo(200);
      assertThat(answered.body()).contains("\"report\"").contains("\"status\": 502");
      assertThat(serve.waitFor(60, TimeUnit.SECONDS)).as("stopped after SIGTERM").isTrue();
      assertThat(serve.exitValue()).isEqualTo(143); // 128 + SIGTERM, as for any process it ends
      assertThat(Files.readString(err)).contains("API stopped").doesNotContain("still in flight");
      assertThatThrownBy(() -> client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health"))
          .build(), HttpResponse.BodyHandlers.ofString())).isInstanceOf(ConnectException.class);
    } finally {
      serve.destroyForcibly().waitFor();
      slow.stop(0);
    }
  }

  @Test
  void aRuleDirectoryThatDoesNotBuildEndsItWithEveryProblemLocated() {
    Launcher.Run run = Launcher.run("serve", "--port", "0", "--rules",
        Launcher.RESOURCES.resolve("rules/broken").toString());

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
    assertThat(run.stderr()).contains("broken.drl:8:").contains("the rule directory does not build")
        .doesNotContain("\tat ");
  }

  @Test
  void badInputEndsItBeforeItServes() throws Exception {
    Launcher.assertBadInput(Launcher.run("serve", "--rules", "no/such/dir"), "no/such/dir: no such directory");
    Launcher.assertBadInput(Launcher.run("serve", "--max-body", "lots"), "--max-body must be a size");
    Launcher.assertBadInput(Launcher.run("serve", "--bind", "api.example.test"), "--bind must be an IP address");
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      Launcher.Run run = Launcher.run("serve", "--port", Integer.toString(taken.getLocalPort()));
      assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
      assertThat(run.stderr()).contains("cannot listen on 127.0.0.1:" + taken.getLocalPort())
          .contains("choose another --port").doesNotContain("\tat ");
    }
  }

  static Process start(Path err, String... args) throws IOException {
    List<String> command = new java.util.ArrayList<>(List.of(Launcher.LAUNCHER.toString()));
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command).directory(Launcher.ROOT.toFile())
        .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(err.toFile());
    pb.environment().put("GATEWAY_DOCTOR_EGRESS", "loopback");
    return pb.start();
  }

  static int awaitPort(Process serve, Path err) throws Exception {
    long end = System.nanoTime() + Duration.ofSeconds(90).toNanos();
    while (System.nanoTime() < end) {
      Matcher m = SERVING.matcher(Files.readString(err));
      if (m.find()) {
        return Integer.parseInt(m.group(1));
      }
      if (!serve.isAlive()) {
        throw new AssertionError("serve ended with " + serve.exitValue() + ": " + Files.readString(err));
      }
      Thread.sleep(100);
    }
    throw new AssertionError("serve did not say where it serves: " + Files.readString(err));
  }

  private static void sleep(Duration d) {
    try {
      Thread.sleep(d.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
