package org.gatewaydoctor.cli.remote;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WarmServerTest {

  @Test
  void onlyASavedBundleWithAtMostAFormatGoesToTheServer() {
    assertThat(WarmServer.request(List.of("diagnose", "--facts", "b.json")))
        .contains(new WarmServer.Request(Path.of("b.json"), "text"));
    assertThat(WarmServer.request(List.of("diagnose", "--format=html", "--facts=b.json")))
        .contains(new WarmServer.Request(Path.of("b.json"), "html"));
    for (List<String> args : List.<List<String>>of(
        List.of("diagnose", "--facts", "b.json", "--browser", "chrome"),
        List.of("diagnose", "--facts", "b.json", "--rules", "dir"),
        List.of("diagnose", "--facts", "b.json", "--config", "c.yaml"),
        List.of("diagnose", "--facts", "b.json", "--save-facts", "x.json"),
        List.of("diagnose", "--facts", "a.json", "--facts", "b.json"),
        List.of("diagnose", "--facts", "--format", "json"),
        List.of("diagnose", "--facts"),
        List.of("diagnose", "--format", "yaml", "--facts", "b.json"),
        List.of("diagnose", "--har", "s.har"),
        List.of("diagnose", "https://chatgpt.com/"),
        List.of("rules", "--facts", "b.json"),
        List.<String>of())) {
      assertThat(WarmServer.request(args)).as(args.toString()).isEmpty();
    }
  }

  @Test
  void theServerMustBeOnThisMachine() {
    assertThat(WarmServer.endpoint("http://127.0.0.1:8080")).hasValueSatisfying(
        u -> assertThat(u).hasToString("http://127.0.0.1:8080/v1/diagnoses"));
    assertThat(WarmServer.endpoint("http://localhost:8080/gd/")).hasValueSatisfying(
        u -> assertThat(u).hasToString("http://localhost:8080/gd/v1/diagnoses"));
    assertThat(WarmServer.endpoint("http://[::1]:9000")).isPresent();
    for (String bad : List.of("http://10.0.0.1:8080", "http://api.example.com", "http://127.0.0.1.example.com/",
        "ftp://127.0.0.1/", "http://user:pw@127.0.0.1/", "127.0.0.1:8080", "http://127.0.0.1/?x=1", "::")) {
      assertThat(WarmServer.endpoint(bad)).as(bad).isEmpty();
    }
  }

  @Test
  void withoutTheVariableNothingIsSentAndNothingSaid() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    assertThat(WarmServer.diagnose(new String[] {"diagnose", "--facts", "b.json"}, Map.of(), false,
        new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8))).isEmpty();
    assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
  }

  @Test
  void aColouredTextReportIsLeftToThisProcess() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    // Not even the bad variable is looked at: the server could not answer in colour anyway.
    assertThat(WarmServer.diagnose(new String[] {"diagnose", "--facts", "b.json"},
        Map.of(WarmServer.VARIABLE, "http://10.0.0.1/"), true, new PrintStream(new ByteArrayOutputStream()),
        new PrintStream(err, true, StandardCharsets.UTF_8))).isEmpty();
    assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
  }
}
