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
 * @param browserVersion that browser's version ({@code 119.0.6045.199}), or null when not known;
 *     since bundle schema 1.1 (a HAR's User-Agent names it)
 */
public record Environment(String os, String osVersion, String arch, String browser, String browserVersion) {

  /** An environment about which nothing is known. */
  public static final Environment UNKNOWN = new Environment("unknown", null, null, null, null);

  /** An environment whose browser version is not known. */
  public Environment(String os, String osVersion, String arch, String browser) {
    this(os, osVersion, arch, browser, null);
  }

  /** This environment with {@code browser} (and its version) as the browser the error was seen in. */
  public Environment withBrowser(String browser, String browserVersion) {
    return new Environment(os, osVersion, arch, browser, browserVersion);
  }

  public Environment {
    os = os == null || os.isBlank() ? "unknown" : os;
  }
}
