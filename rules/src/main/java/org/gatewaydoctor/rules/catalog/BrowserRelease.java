package org.gatewaydoctor.rules.catalog;

import java.util.Objects;
import org.gatewaydoctor.rules.model.BrowserVersions;

/**
 * When a browser's major version was released to the stable channel ({@code catalog/browsers.yaml}),
 * so that the rules can tell how old an installed version is.
 *
 * @param browser {@code chrome} (also used for chromium, brave and edge, which follow Chromium's
 *     numbering), or {@code firefox}
 * @param major the major version
 * @param released the stable release date (ISO-8601 date)
 */
public record BrowserRelease(String browser, int major, String released) {
  public BrowserRelease {
    Objects.requireNonNull(browser, "browser");
    Objects.requireNonNull(released, "released");
  }

  /** Whether this is the release of {@code version} of {@code browser} ({@code edge 156.0.1} is chrome 156); for rules. */
  public boolean covers(String browser, String version) {
    return this.browser.equals(BrowserVersions.family(browser)) && major == BrowserVersions.major(version);
  }
}
