package org.gatewaydoctor.cli.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The class-data-sharing archive the build makes: the launcher uses it, and an archive that does not
 * fit (stale, from another JVM, garbage) changes nothing a user sees: stdout stays the clean report.
 */
@Timeout(300)
class CdsArchiveIT {

  private static final Path ARCHIVE = Launcher.ROOT.resolve("cli/target/gateway-doctor.jsa");
  private static final String BUNDLE = Launcher.EXAMPLES.resolve("healthy-200.bundle.json").toString();

  @Test
  void theLauncherLoadsOurClassesFromTheArchiveTheBuildMade(@TempDir Path dir) throws Exception {
    assertThat(ARCHIVE).as("made by the package phase (CdsTraining)").isRegularFile();
    Path log = dir.resolve("classes.log");
    Launcher.Run run = Launcher.run(env -> env.put("GATEWAY_DOCTOR_JAVA_OPTS", "-Xlog:class+load=info:file=" + log),
        "diagnose", "--facts", BUNDLE, "--format", "json");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(Files.readString(log))
        .containsPattern("org\\.gatewaydoctor\\.cli\\.Main source: shared objects file \\(top\\)")
        .containsPattern("org\\.gatewaydoctor\\.cli\\.diagnose\\.DiagnoseCommand source: shared objects file \\(top\\)")
        .containsPattern("org\\.gatewaydoctor\\.rules\\.Diagnoser source: shared objects file \\(top\\)");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"garbage", "made for another jar"})
  void anArchiveThatDoesNotFitIsSilentlyIgnored(String archive, @TempDir Path dir) throws Exception {
    Launcher.Run normal = Launcher.run("diagnose", "--facts", BUNDLE, "--format", "json");
    // A copy of the distribution whose archive does not fit its jar: garbage, or the real archive,
    // which records the original jar's path, size and time.
    Path target = Files.createDirectories(dir.resolve("cli/target"));
    Files.copy(Launcher.ROOT.resolve("cli/target/gateway-doctor.jar"), target.resolve("gateway-doctor.jar"));
    if (archive.equals("garbage")) {
      Files.write(target.resolve("gateway-doctor.jsa"), "not an archive".repeat(1000).getBytes());
    } else {
      Files.copy(ARCHIVE, target.resolve("gateway-doctor.jsa"));
    }
    Path launcher = Files.copy(Launcher.LAUNCHER, dir.resolve("gateway-doctor"));

    Launcher.Run run = Launcher.exec(List.of(launcher.toString(), "diagnose", "--facts", BUNDLE, "--format", "json"),
        env -> {});

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.stdout()).isEqualTo(normal.stdout());
    assertThat(run.stderr()).doesNotContainIgnoringCase("shared archive").doesNotContainIgnoringCase("cds");
  }

  @Test
  void theArchiveCanBeSwitchedOff() {
    Launcher.Run normal = Launcher.run("diagnose", "--facts", BUNDLE, "--format", "json");
    Launcher.Run off = Launcher.run(env -> env.put("GATEWAY_DOCTOR_CDS", "off"), "diagnose", "--facts", BUNDLE,
        "--format", "json");

    assertThat(off.exitCode()).isZero();
    assertThat(off.stdout()).isEqualTo(normal.stdout());
  }
}
