package org.gatewaydoctor.cli.diagnose;

import java.util.Locale;
import java.util.Properties;
import org.gatewaydoctor.facts.Environment;

/** The user's platform as the JVM reports it, in the fact model's words. */
final class Platform {

  private Platform() {}

  /**
   * This machine's OS family, version and architecture, with the browser the user named.
   *
   * @param props the JVM's system properties ({@code os.name}, {@code os.version}, {@code os.arch})
   * @param browser the browser that showed the error, or null when not known
   */
  static Environment environment(Properties props, String browser) {
    String name = props.getProperty("os.name", "").toLowerCase(Locale.ROOT);
    String os = name.startsWith("windows") ? "windows" : name.startsWith("mac") ? "macos"
        : name.contains("linux") ? "linux" : "unknown";
    return new Environment(os, props.getProperty("os.version"), props.getProperty("os.arch"), browser);
  }
}
