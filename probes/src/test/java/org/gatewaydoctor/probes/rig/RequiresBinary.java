package org.gatewaydoctor.probes.rig;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;

/** Finds a daemon binary; a test skips without it, except under {@code CI=true}, where it fails. */
public final class RequiresBinary {


  private RequiresBinary() {}

  /** The path of {@code name}; aborts (skips) the test when missing, or fails it under CI. */
  public static Path require(String name) {
    Optional<Path> found = find(name);
    if (found.isPresent()) {
      return found.get();
    }
    String message = name + " is not installed (scripts/test installs the test rig; see TEST-RIG.md)";
    if ("true".equalsIgnoreCase(System.getenv("CI"))) {
      fail(message + "; under CI=true a missing binary fails the test");
    }
    Assumptions.abort(message);
    throw new AssertionError("unreachable");
  }

  /** The executable {@code name} on PATH or in the system binary folders, if installed. */
  public static Optional<Path> find(String name) {
    List<String> dirs = new ArrayList<>(List.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)));
    dirs.addAll(List.of("/usr/sbin", "/usr/bin", "/sbin", "/bin", "/usr/local/sbin", "/usr/local/bin"));
    return dirs.stream().filter(d -> !d.isBlank()).map(d -> Path.of(d, name)).filter(Files::isExecutable).findFirst();
  }

  /** Whether this process runs as root (squid then needs its directory owned by {@code proxy}). */
  public static boolean root() {
    return "root".equals(System.getProperty("user.name"));
  }
}
