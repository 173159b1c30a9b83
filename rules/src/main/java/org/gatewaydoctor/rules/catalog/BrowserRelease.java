package org.gatewaydoctor.rules.catalog;

import java.util.Objects;

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
}
