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
}
