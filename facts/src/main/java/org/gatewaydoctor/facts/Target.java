package org.gatewaydoctor.facts;

import java.util.Objects;

/**
 * What is being diagnosed: the URL the user could not use and the service profile it belongs to.
 *
 * @param url the URL as the user gave it (or the service profile's main URL), never null
 * @param service the id of the service profile ({@code chatgpt}, ..., or {@code generic}), never null
 * @param host the host name of {@code url}, never null
 */
public record Target(String url, String service, String host) {
  public Target {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(service, "service");
    Objects.requireNonNull(host, "host");
  }

  /**
   * The TCP port the target is reached on: the URL's explicit port, else 443 for https and 80 for
   * http; -1 when the URL cannot be read. Derived, never written to a bundle.
   */
  public int port() {
    try {
      java.net.URI u = new java.net.URI(url.trim());
      if (u.getPort() >= 0) {
        return u.getPort();
      }
      String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(java.util.Locale.ROOT);
      return scheme.equals("https") ? 443 : scheme.equals("http") ? 80 : -1;
    } catch (java.net.URISyntaxException e) {
      return -1;
    }
  }
}
