package org.gatewaydoctor.cli.diagnose;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gatewaydoctor.cli.UsageError;
import org.gatewaydoctor.facts.Echo;
import org.gatewaydoctor.facts.bundle.BundleWriter;
import org.gatewaydoctor.facts.bundle.FactBundle;

/** {@code --save-facts FILE}: checked before any work, so that no run is wasted; written atomically after. */
final class SaveTarget {

  private final Path file;
  private final PrintWriter err;

  /**
   * @param file where the bundle goes
   * @param err where to say that it was saved
   * @throws UsageError when {@code file} is a directory or no file can be written where it points
   *     (tried for real: a temporary file is made there and deleted)
   */
  SaveTarget(Path file, PrintWriter err) throws UsageError {
    this.file = file;
    this.err = err;
    if (Files.isDirectory(file)) {
      throw new UsageError("--save-facts " + Echo.of(file) + " is a directory; give a file name such as "
          + Echo.of(file.resolve("facts.json")));
    }
    try {
      new BundleWriter().checkWritable(file);
    } catch (IOException e) {
      throw new UsageError("--save-facts " + Echo.of(file) + ": cannot write a file there (" + why(e) + ")", e);
    }
  }

  /** Why a file system operation failed, in a few words (the exception's own message is often just the path). */
  private static String why(IOException e) {
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof java.nio.file.NoSuchFileException) {
      return "no such folder";
    }
    if (e instanceof java.nio.file.FileAlreadyExistsException) {
      return "a file stands where a folder is needed";
    }
    if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
      return f.getReason();
    }
    return Echo.line(String.valueOf(e.getMessage()));
  }

  /** Writes the redacted bundle (whole or not at all: BundleWriter moves a finished file into place). */
  void write(FactBundle bundle) throws UsageError {
    try {
      new BundleWriter().write(bundle, file);
    } catch (IOException e) {
      throw new UsageError("cannot write the fact bundle to " + Echo.of(file) + ": " + why(e), e);
    }
    err.println("Saved the redacted fact bundle to " + file);
    err.flush();
  }
}
