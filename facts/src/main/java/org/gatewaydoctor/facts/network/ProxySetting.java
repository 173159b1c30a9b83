package org.gatewaydoctor.facts.network;

import java.util.Objects;

/**
 * One proxy setting in effect for the user. Credentials in a proxy URL are never recorded.
 *
 * @param source where it was found: {@code env} (HTTP_PROXY and friends), {@code jvm} (the JVM's
 *     ProxySelector), {@code browser} (a browser profile), {@code pac} (a PAC URL, recorded, never
 *     executed) or {@code system}
 * @param scheme what it applies to: {@code http}, {@code https}, {@code all}, {@code socks} or
 *     {@code pac}
 * @param value the proxy as {@code host:port} (or the PAC URL), credentials stripped
 * @param noProxy the exclusion list in effect, or null
 * @param appliesToTarget whether, by its own exclusion rules, it applies to the target URL; null
 *     when that cannot be known (a PAC file)
 */
public record ProxySetting(String source, String scheme, String value, String noProxy, Boolean appliesToTarget) {
  public ProxySetting {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(scheme, "scheme");
    Objects.requireNonNull(value, "value");
  }
}
