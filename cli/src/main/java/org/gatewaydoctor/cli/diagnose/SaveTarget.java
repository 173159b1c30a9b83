package org.gatewaydoctor.cli.diagnose;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gatewaydoctor.cli.UsageError;
import org.gatewaydoctor.facts.bundle.BundleWriter;
import org.gatewaydoctor.facts.bundle.FactBundle;

/** {@code --save-facts FILE}: checked before any work, so that no run is wasted; written atomically after. */
final class SaveTarget {

  private final Path file;
  private final PrintWriter err;

  /**
   * @param file where the bundle goes
   * @param err where to say that it was saved
   * @throws UsageError when {@code file} is a directory or no file can be created where it points
   */
  SaveTarget(Path file, PrintWriter err) throws UsageError {
    this.file = file;
    this.err = err;
    if (Files.isDirectory(file)) {
      throw new UsageError("--save-facts " + file + " is a directory; give a file name such as "
          + file.resolve("facts.json"));
    }
    Path dir = file.toAbsolutePath().getParent();
    while (dir != null && !Files.exists(dir)) {
      dir = dir.getParent(); // BundleWriter creates missing folders under the nearest existing one
    }
    if (dir == null || !Files.isDirectory(dir) || !Files.isWritable(dir)) {
      throw new UsageError("--save-facts " + file + ": cannot create a file there (" + dir
          + " is not a writable directory)");
    }
  }

  /** Writes the redacted bundle (whole or not at all: BundleWriter moves a finished file into place). */
  void write(FactBundle bundle) throws UsageError {
    try {
      new BundleWriter().write(bundle, file);
    } catch (IOException e) {
      throw new UsageError("cannot write the fact bundle to " + file + ": " + e.getMessage(), e);
    }
    err.println("Saved the redacted fact bundle to " + file);
    err.flush();
  }
}
