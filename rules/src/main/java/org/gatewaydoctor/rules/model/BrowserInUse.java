package org.gatewaydoctor.rules.model;

import java.util.Objects;

/**
 * A version of the browser the person saw the error in, and the observation that shows it: a
 * browser profile on this machine, or the User-Agent of the HAR the browser recorded (the bundle's
 * environment). Derived by rules; it judges nothing.
 *
 * @param browser the browser id ({@code chrome}, {@code firefox}, ...)
 * @param version its version
 * @param source the profile or environment it was read from
 */
public record BrowserInUse(String browser, String version, Object source) {
  public BrowserInUse {
    Objects.requireNonNull(browser, "browser");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(source, "source");
  }
}
