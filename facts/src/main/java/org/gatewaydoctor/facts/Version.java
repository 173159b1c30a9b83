package org.gatewaydoctor.facts;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The version of gateway-doctor this code belongs to, as the build wrote it. */
public final class Version {

  private static final String VERSION = read();

  private Version() {}

  /** The version, such as {@code 0.1.0}, or {@code unknown} when the build did not record it. */
  public static String current() {
    return VERSION;
  }

  /** {@code gateway-doctor <version>}, the tool string of bundles and reports. */
  public static String tool() {
    return "gateway-doctor " + VERSION;
  }

  private static String read() {
    try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
      if (in == null) {
        return "unknown";
      }
      Properties p = new Properties();
      p.load(in);
      String v = p.getProperty("version", "unknown");
      return v.startsWith("${") ? "unknown" : v;
    } catch (IOException e) {
      return "unknown";
    }
  }
}
