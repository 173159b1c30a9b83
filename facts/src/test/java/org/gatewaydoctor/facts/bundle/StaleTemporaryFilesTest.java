package org.gatewaydoctor.facts.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.List;
import org.gatewaydoctor.facts.Environment;
import org.gatewaydoctor.facts.Target;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16, defect 7: a save killed mid-way leaves a temporary file of ours beside the target; the
 * next save removes it (when old enough not to be another process's save in progress), and only
 * files of our own naming; a place nothing can be written to is known before any work.
 */
class StaleTemporaryFilesTest {

  private final BundleWriter writer = new BundleWriter();

  @Test
  void theNextSaveRemovesOldTemporaryFilesOfOurNamingOnly(@TempDir Path dir) throws IOException {
    Path target = dir.resolve("facts.json");
    Path stale = Files.writeString(dir.resolve(".facts.json8412093847123.tmp"), "half a bundle");
    Path fresh = Files.writeString(dir.resolve(".facts.json5550001.tmp"), "another process, saving now");
    Path notOurs = Files.writeString(dir.resolve(".facts.json.backup.tmp"), "someone else's");
    Path otherTarget = Files.writeString(dir.resolve(".other.json123.tmp"), "another target's");
    FileTime old = FileTime.from(Files.getLastModifiedTime(stale).toInstant().minus(Duration.ofHours(2)));
    for (Path p : List.of(stale, notOurs, otherTarget)) {
      Files.setLastModifiedTime(p, old);
    }

    writer.write(FactBundle.of("2026-12-04T12:00:00Z", "t", new Target("http://127.0.0.1/", "generic", "127.0.0.1"),
        new Environment("linux", null, null, null, null), Observations.builder().build(), List.of()), target);

    assertThat(target).exists();
    assertThat(stale).doesNotExist();
    assertThat(fresh).exists();
    assertThat(notOurs).exists();
    assertThat(otherTarget).exists();
  }

  @Test
  void aPlaceNothingCanBeWrittenToFailsTheCheckAndLeavesNothingBehind(@TempDir Path dir) throws IOException {
    Path blocker = Files.writeString(dir.resolve("a-file"), "x");
    assertThatThrownBy(() -> writer.checkWritable(blocker.resolve("facts.json"))).isInstanceOf(IOException.class);
    assertThatThrownBy(() -> writer.checkWritable(Path.of("/proc/gateway-doctor-test/facts.json")))
        .isInstanceOf(IOException.class);
    writer.checkWritable(dir.resolve("sub/facts.json"));
    try (var left = Files.list(dir.resolve("sub"))) {
      assertThat(left).isEmpty();
    }
  }
}
