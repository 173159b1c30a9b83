package org.gatewaydoctor.facts;

/**
 * The user's platform, so that advice can name the right menus.
 *
 * @param os one of {@code windows}, {@code macos}, {@code linux}, {@code chromeos}, {@code android},
 *     {@code ios}, or {@code unknown}
 * @param osVersion the OS version as reported, or null
 * @param arch the CPU architecture as reported, or null
 * @param browser the browser the user saw the error in ({@code chrome}, {@code edge}, {@code firefox},
 *     {@code safari}, {@code brave}, ...), or null when not known
 */
public record Environment(String os, String osVersion, String arch, String browser) {

  /** An environment about which nothing is known. */
  public static final Environment UNKNOWN = new Environment("unknown", null, null, null);

  public Environment {
    os = os == null || os.isBlank() ? "unknown" : os;
  }
}
