package org.gatewaydoctor.cli.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** {@code --save-facts} with every input mode: a redacted bundle that diagnoses again to the same report. */
@Timeout(600)
class SaveFactsIT {

  @TempDir
  Path dir;

  @Test
  void aLabRunSavedAndDiagnosedAgainGivesTheSameReportByteForByte() {
    Path saved = dir.resolve("lab.json");
    Launcher.Run live = Launcher.run("diagnose", "--lab", "--format", "json", "--save-facts", saved.toString());
    Launcher.Run again = Launcher.run("diagnose", "--facts", saved.toString(), "--format", "json");

    assertThat(live.exitCode()).as(live.toString()).isEqualTo(3);
    assertThat(again.stdout()).isEqualTo(live.stdout());
    assertThat(again.exitCode()).isEqualTo(live.exitCode());
    assertThat(live.stderr()).contains("Saved the redacted fact bundle to " + saved);
    assertOnlyFile(saved);
  }

  @Test
  void aSavedBundleSavedAgainIsTheSameBundle() throws IOException {
    Path source = Launcher.EXAMPLES.resolve("squid-connect-fail.bundle.json");
    Path saved = dir.resolve("copy.json");
    Launcher.Run first = Launcher.run("diagnose", "--facts", source.toString(), "--format", "json", "--save-facts",
        saved.toString());
    Launcher.Run second = Launcher.run("diagnose", "--facts", saved.toString(), "--format", "json");

    assertThat(second.stdout()).isEqualTo(first.stdout());
    assertOnlyFile(saved);
  }

  @Test
  void aHarRunSavesABundleWithoutTheSecretsTheHarHeld() throws IOException {
    Path saved = dir.resolve("har.json");
    Launcher.Run run = Launcher.run("diagnose", "--har", Launcher.RESOURCES.resolve("har/chatgpt-502.har").toString(),
        "--format", "json", "--save-facts", saved.toString());

    assertThat(run.exitCode()).as(run.toString()).isIn(3, 4, 5, 6);
    String bundle = Files.readString(saved);
    assertThat(bundle).contains("\"source\": \"har\"").doesNotContain("SESSIONSECRETVALUE")
        .doesNotContain("COOKIESECRETVALUE").doesNotContain("QUERYSECRET");
    assertThat(run.json().at("/probes/0/id").asText()).isEqualTo("http");
    assertThat(run.json().at("/probes/0/status").asText()).isEqualTo("ok");
    assertThat(run.json().at("/probes").findValuesAsText("status")).containsExactly("ok", "not-run", "not-run",
        "not-run", "not-run", "not-run");
    Launcher.Run again = Launcher.run("diagnose", "--facts", saved.toString(), "--format", "json");
    assertThat(again.stdout()).isEqualTo(run.stdout());
  }

  @Test
  void aSavedFileIsReplacedWhole() throws IOException {
    Path saved = Files.writeString(dir.resolve("old.json"), "an older file that must be replaced, not appended to");
    Launcher.Run run = Launcher.run("diagnose", "--facts", Launcher.EXAMPLES.resolve("healthy-200.bundle.json")
        .toString(), "--save-facts", saved.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(Files.readString(saved)).startsWith("{").doesNotContain("older file");
    assertOnlyFile(saved);
  }

  /** The atomic write leaves nothing but the bundle (no temporary file) behind. */
  private void assertOnlyFile(Path saved) {
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.toList()).containsExactly(saved);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }
}
