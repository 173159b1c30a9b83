package org.gatewaydoctor.facts.browser;

import java.util.Objects;

/**
 * A browser installed on the machine, whether or not it has a profile.
 *
 * @param browser {@code chrome}, {@code chromium}, {@code edge}, {@code brave}, {@code firefox}, {@code safari}
 * @param version its version, or null when it could not be read without starting it
 * @param path where it is installed, home written as {@code ~}
 */
public record InstalledBrowser(String browser, String version, String path) {
  public InstalledBrowser {
    Objects.requireNonNull(browser, "browser");
  }
}
