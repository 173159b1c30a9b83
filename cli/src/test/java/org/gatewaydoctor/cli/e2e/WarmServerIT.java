package org.gatewaydoctor.cli.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code GATEWAY_DOCTOR_SERVER} names a running {@code ./gateway-doctor serve}: {@code diagnose --facts}
 * then prints the server's answer, which must be exactly what the command prints on its own (every
 * documented example, every format, the exit code too); the server's own count of diagnoses proves
 * it answered. Commands it cannot answer the same way, and a server that is not there, run in the
 * process as always.
 */
@Timeout(600)
class WarmServerIT {

  private static final Pattern DIAGNOSES = Pattern.compile("(?m)^gateway_doctor_diagnoses_total\\{[^}]*} ([0-9.E]+)$");
  private static final List<String> FORMATS = List.of("text", "json", "markdown", "html");

  @TempDir
  static Path dir;

  private static Process serve;
  private static String server;
  private static final HttpClient client = HttpClient.newHttpClient();

  @BeforeAll
  static void startServer() throws Exception {
    Path err = dir.resolve("serve.err");
    serve = ServeIT.start(err, "serve", "--port", "0");
    server = "http://127.0.0.1:" + ServeIT.awaitPort(serve, err);
  }

  @AfterAll
  static void stopServer() throws InterruptedException {
    serve.destroy();
    serve.waitFor();
  }

  @Test
  void everyExampleInEveryFormatIsAnsweredByTheServerExactlyAsInProcess() throws Exception {
    List<Path> examples;
    try (Stream<Path> files = Files.list(Launcher.EXAMPLES)) {
      examples = files.filter(p -> p.toString().endsWith(".bundle.json")).sorted().toList();
    }
    assertThat(examples).hasSizeGreaterThan(5);
    double before = diagnosesServed();
    for (Path example : examples) {
      for (String format : FORMATS) {
        Launcher.Run here = Launcher.run("diagnose", "--facts", example.toString(), "--format", format);
        Launcher.Run warm = Launcher.run(env -> env.put("GATEWAY_DOCTOR_SERVER", server), "diagnose",
            "--facts=" + example, "--format", format);
        assertThat(warm.stdout()).as(example + " " + format).isEqualTo(here.stdout());
        assertThat(warm.exitCode()).as(warm.toString()).isEqualTo(here.exitCode());
        assertThat(warm.stderr()).as(warm.toString()).isEqualTo(here.stderr());
      }
    }
    assertThat(diagnosesServed() - before).as("diagnoses the server made").isEqualTo(examples.size() * FORMATS.size());
  }

  @Test
  void whatTheServerCannotAnswerTheSameWayRunsHere() throws Exception {
    Path example = Launcher.EXAMPLES.resolve("cloudflare-502-origin-down.bundle.json");
    Path saved = dir.resolve("copy.json");
    double before = diagnosesServed();
    for (List<String> args : List.of(
        List.of("diagnose", "--facts", example.toString(), "--browser", "firefox"),
        List.of("diagnose", "--facts", example.toString(), "--save-facts", saved.toString()),
        List.of("diagnose", "--facts", dir.resolve("missing.json").toString()),
        List.of("diagnose", "--facts", example.toString(), "--format", "yaml"))) {
      Launcher.Run warm = Launcher.run(env -> env.put("GATEWAY_DOCTOR_SERVER", server), args.toArray(String[]::new));
      Launcher.Run here = Launcher.run(args.toArray(String[]::new));
      assertThat(warm.exitCode()).as(warm.toString()).isEqualTo(here.exitCode());
      assertThat(warm.stdout()).as(warm.toString()).isEqualTo(here.stdout());
    }
    assertThat(diagnosesServed()).as("the server was not asked").isEqualTo(before);
  }

  @Test
  void aServerThatIsNotThereIsSaidOnceAndTheCommandRunsHere() throws IOException {
    int closed;
    try (ServerSocket s = new ServerSocket(0)) {
      closed = s.getLocalPort();
    }
    Path example = Launcher.EXAMPLES.resolve("cloudflare-502-origin-down.bundle.json");
    Launcher.Run here = Launcher.run("diagnose", "--facts", example.toString(), "--format", "json");
    Launcher.Run warm = Launcher.run(env -> env.put("GATEWAY_DOCTOR_SERVER", "http://127.0.0.1:" + closed),
        "diagnose", "--facts", example.toString(), "--format", "json");
    assertThat(warm.stdout()).isEqualTo(here.stdout());
    assertThat(warm.exitCode()).isEqualTo(3);
    assertThat(warm.messages()).as(warm.toString()).singleElement().asString()
        .startsWith("gateway-doctor: no answer from the server at \"http://127.0.0.1:" + closed)
        .endsWith("; diagnosing in this process");

    Launcher.Run elsewhere = Launcher.run(env -> env.put("GATEWAY_DOCTOR_SERVER", "http://10.0.0.1:8080"),
        "diagnose", "--facts", example.toString(), "--format", "json");
    assertThat(elsewhere.stdout()).isEqualTo(here.stdout());
    assertThat(elsewhere.messages()).singleElement().asString()
        .contains("GATEWAY_DOCTOR_SERVER must be an http URL on this machine");
  }

  private static double diagnosesServed() throws Exception {
    String metrics = client.send(HttpRequest.newBuilder(URI.create(server + "/metrics")).build(),
        HttpResponse.BodyHandlers.ofString()).body();
    Matcher m = DIAGNOSES.matcher(metrics);
    double total = 0;
    while (m.find()) {
      total += Double.parseDouble(m.group(1));
    }
    return total;
  }
}
