package org.gatewaydoctor.probes.rig;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/** Finds a daemon binary; a test skips without it, except under {@code CI=true}, where it fails. */
public final class RequiresBinary {

  private static final String[] DIRS = {"/usr/sbin", "/usr/bin", "/sbin", "/bin", "/usr/local/sbin", "/usr/local/bin"};

  private RequiresBinary() {}

  /** The path of {@code name}; aborts (skips) the test when missing, or fails it under CI. */
  public static Path require(String name) {
    for (String dir : DIRS) {
      Path p = Path.of(dir, name);
      if (Files.isExecutable(p)) {
        return p;
      }
    }
    String message = name + " is not installed (see TEST-RIG.md: apt-get install nginx-light haproxy squid dnsmasq-base)";
    if ("true".equalsIgnoreCase(System.getenv("CI"))) {
      fail(message + "; under CI=true a missing binary fails the test");
    }
    Assumptions.abort(message);
    throw new AssertionError("unreachable");
  }

  /** Whether this process runs as root (squid then needs its directory owned by {@code proxy}). */
  public static boolean root() {
    return "root".equals(System.getProperty("user.name"));
  }
}
