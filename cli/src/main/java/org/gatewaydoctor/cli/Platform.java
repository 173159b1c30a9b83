package org.gatewaydoctor.cli;

import java.util.Locale;
import org.gatewaydoctor.facts.Environment;

/** The user's platform as the JVM reports it, in the fact model's words. */
final class Platform {

  private Platform() {}

  /** This machine's OS family, version and architecture; the browser is not known here. */
  static Environment environment() {
    String name = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
    String os = name.startsWith("windows") ? "windows" : name.startsWith("mac") ? "macos"
        : name.contains("linux") ? "linux" : "unknown";
    return new Environment(os, System.getProperty("os.version"), System.getProperty("os.arch"), null);
  }
}
