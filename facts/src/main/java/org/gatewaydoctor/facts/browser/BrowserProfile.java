package org.gatewaydoctor.facts.browser;

import java.util.List;
import java.util.Objects;
import org.gatewaydoctor.facts.Immutable;

/**
 * A summary of one browser profile. Never holds a cookie value, a history entry or a password:
 * only counts, sizes, names and dates.
 *
 * @param browser {@code chrome}, {@code chromium}, {@code edge}, {@code brave}, {@code vivaldi},
 *     {@code opera}, {@code firefox} or a Firefox fork ({@code librewolf}, {@code waterfox},
 *     {@code floorp}, {@code zen})
 * @param version the version that last used the profile, or null
 * @param profile the profile's folder name ({@code Default}, {@code Profile 1}, {@code abcd.default-release})
 * @param path the profile folder with the home directory written as {@code ~}
 * @param readState {@code ok} (everything read; from private copies while the browser runs),
 *     {@code locked} (something could not be read because the running browser holds it, as
 *     Windows browsers do with their databases), {@code unreadable} (nothing could be read, or the
 *     folder is missing) or {@code partial} (some parts could not be read, or the deadline stopped
 *     the reading); {@code detail} says which
 * @param cacheBytes the disk cache size in bytes, or null when unknown
 * @param cacheEntries the number of cache entries, or null when unknown
 * @param cacheState {@code ok}, {@code empty}, {@code index-missing} (entries without their index:
 *     the damage sign), {@code unreadable} (an index in an unknown format, or an unlistable folder)
 *     or {@code absent}; null when the deadline stopped the count
 * @param cookies per-domain cookie summaries for the target's sites only
 * @param extensions installed extensions
 * @param proxyMode the proxy mode the profile forces ({@code system}, {@code direct},
 *     {@code fixed_servers}, {@code pac_script}, {@code auto_detect}; Firefox's
 *     {@code network.proxy.type} is mapped to these), or null when not set
 * @param dohMode the DNS-over-HTTPS mode the profile forces ({@code off}, {@code automatic},
 *     {@code secure}), or null when not set
 * @param detail why it could not be read in full, or null
 */
public record BrowserProfile(
    String browser,
    String version,
    String profile,
    String path,
    String readState,
    Long cacheBytes,
    Integer cacheEntries,
    String cacheState,
    List<CookieSummary> cookies,
    List<BrowserExtension> extensions,
    String proxyMode,
    String dohMode,
    String detail) {
  public BrowserProfile {
    Objects.requireNonNull(browser, "browser");
    Objects.requireNonNull(profile, "profile");
    Objects.requireNonNull(readState, "readState");
    cookies = Immutable.list(cookies);
    extensions = Immutable.list(extensions);
  }
}
