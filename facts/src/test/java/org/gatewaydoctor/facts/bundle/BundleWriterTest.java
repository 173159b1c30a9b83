package org.gatewaydoctor.facts.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A bundle file appears whole, redacted, and replaces what was there without leaving debris. */
class BundleWriterTest {

  private final BundleWriter writer = new BundleWriter();

  @TempDir Path dir;

  @Test
  void replacesAnExistingLongerFileCompletely() throws IOException, BundleException {
    Path file = dir.resolve("support.bundle.json");
    Files.writeString(file, "x".repeat(200_000));

    writer.write(RedactorTest.planted(), file);

    assertThat(Files.readString(file)).isEqualTo(writer.toJson(RedactorTest.planted()));
    assertThat(new BundleReader().read(file).bundle()).isEqualTo(new Redactor().redact(RedactorTest.planted()));
  }

  @Test
  void leavesNoTemporaryFileBehind() throws IOException {
    Path file = dir.resolve("support.bundle.json");

    writer.write(RedactorTest.planted(), file);
    writer.write(RedactorTest.planted(), file);

    assertThat(entries(dir)).containsExactly(file);
  }

  @Test
  void writesRedactedJsonToDisk() throws IOException {
    Path file = dir.resolve("support.bundle.json");

    writer.write(RedactorTest.planted(), file);

    assertThat(Files.readString(file)).doesNotContainIgnoringCase("canary").endsWith("}\n");
  }

  @Test
  void onlyTheOwnerMayReadTheFile() throws IOException {
    assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"), "POSIX file system");
    Path file = dir.resolve("support.bundle.json");

    writer.write(RedactorTest.planted(), file);

    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
  }

  @Test
  void createsMissingParentFolders() throws IOException {
    Path file = dir.resolve("a/b/support.bundle.json");

    writer.write(RedactorTest.planted(), file);

    assertThat(file).isRegularFile();
  }

  @Test
  void failureLeavesTheFolderAsItWas() throws IOException {
    Path taken = Files.createDirectory(dir.resolve("taken.json"));
    Files.writeString(taken.resolve("inside"), "keep");

    // A non-empty directory cannot be replaced by a file, so the move fails after the temporary file was written.
    assertThatThrownBy(() -> writer.write(RedactorTest.planted(), taken)).isInstanceOf(IOException.class);

    assertThat(entries(dir)).containsExactly(taken);
    assertThat(Files.readString(taken.resolve("inside"))).isEqualTo("keep");
  }

  private static List<Path> entries(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.toList();
    }
  }
}
