package org.gatewaydoctor.probes.browser;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds an executable a test needs. Without it the test is skipped with a clear message, except
 * under {@code CI=true}, where a missing binary fails the test: CI must never pass by skipping.
 */
final class RequiresBinary {

  private RequiresBinary() {}

  /** The executable {@code name} on PATH (or in /usr/sbin, /sbin), or the test stops here. */
  static Path require(String name) {
    Optional<Path> found = find(name);
    if (found.isEmpty()) {
      String message = name + " is not installed (not on PATH); this test needs it (see TEST-RIG.md)";
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        fail(message + " and CI=true forbids skipping");
      }
      assumeTrue(false, message);
    }
    return found.get();
  }

  static Optional<Path> find(String name) {
    List<String> dirs = new ArrayList<>(List.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)));
    dirs.addAll(List.of("/usr/sbin", "/sbin"));
    return dirs.stream()
        .filter(d -> !d.isBlank())
        .map(d -> Path.of(d, name))
        .filter(Files::isExecutable)
        .findFirst();
  }
}
