package org.gatewaydoctor.cli.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** {@code --watch} against the lab's recovering scenario, and stopped with Ctrl-C. */
@Timeout(300)
class WatchIT {

  @Test
  void watchesUntilTheServiceRecoversPrintingOnlyChanges() {
    // The scenario fails for two checks, then recovers: check 2 changes nothing, check 3 is the recovery.
    Launcher.Run run = Launcher.run("diagnose", "--lab", "recovering", "--watch", "--interval", "5");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.stdout()).contains("check 1: the service").doesNotContain("check 2")
        .contains("check 3: nothing wrong");
    assertThat(run.stderr()).contains("Checking again every 5 s").contains("Recovered after 3 checks");
  }

  @Test
  void watchingInJsonGivesOneReportPerChange() {
    Launcher.Run run = Launcher.run("diagnose", "--lab", "recovering", "--watch", "--interval", "5", "--format",
        "json");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    List<String> lines = run.stdout().lines().toList();
    assertThat(lines).hasSize(2);
    assertThat(lines.get(0)).startsWith("{").contains("\"side\":\"SERVICE\"");
    assertThat(lines.get(1)).startsWith("{").contains("\"side\":\"NONE\"");
  }

  @Test
  void ctrlCStopsTheWatchAndSaysHowFarItGot(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("out.txt");
    Path err = dir.resolve("err.txt");
    Process p = new ProcessBuilder(Launcher.LAUNCHER.toString(), "diagnose", "--lab", "--watch", "--interval", "5")
        .directory(Launcher.ROOT.toFile()).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    try {
      long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (!read(out).contains("check 1") && System.nanoTime() < until && p.isAlive()) {
        Thread.sleep(100);
      }
      assertThat(read(out)).as(read(err)).contains("check 1");
      // SIGINT, as Ctrl-C sends it; the launcher exec'd java, so this is the JVM's pid.
      new ProcessBuilder("kill", "-INT", Long.toString(p.pid())).start().waitFor();
      assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
      assertThat(p.exitValue()).isEqualTo(130);
      assertThat(read(err)).contains("gateway-doctor: stopped watching after 1 check");
    } finally {
      p.destroyForcibly().waitFor();
    }
  }

  private static String read(Path file) throws IOException {
    return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
  }
}
