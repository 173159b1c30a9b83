package org.gatewaydoctor.cli.e2e;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;

/**
 * A test's need for a program on the PATH (chromium, unshare, script): it skips with a clear message
 * when the program is missing, except under {@code CI=true}, where it fails (scripts/test installs them).
 */
final class RequiresBinary {

  private RequiresBinary() {}

  /** The program's path; skips the test (fails it under CI=true) when it is not installed. */
  static Path find(String name) {
    Optional<Path> found = lookup(name);
    if (found.isEmpty()) {
      String why = name + " is not installed (scripts/test installs it)";
      if ("true".equals(System.getenv("CI"))) {
        fail(why + "; CI=true, so this is a failure, not a skip");
      }
      Assumptions.abort(why + "; skipped");
    }
    return found.get();
  }

  private static Optional<Path> lookup(String name) {
    String path = System.getenv().getOrDefault("PATH", "/usr/bin:/bin");
    for (String dir : path.split(File.pathSeparator)) {
      Path candidate = Path.of(dir, name);
      if (Files.isExecutable(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }
}
