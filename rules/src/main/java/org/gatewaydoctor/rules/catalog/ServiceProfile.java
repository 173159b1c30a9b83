package org.gatewaydoctor.rules.catalog;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.gatewaydoctor.facts.Immutable;

/**
 * What the rule base knows about one web service ({@code catalog/services.yaml}). The
 * {@code generic} profile stands for any URL.
 *
 * @param id stable id ({@code chatgpt}, ..., {@code generic})
 * @param name display name
 * @param url the URL to probe by default
 * @param hosts the host names that belong to it (a URL on one of them selects this profile)
 * @param statusPage the official status page's machine-readable URL, or null
 * @param statusPageFormat {@code statuspage-v2}, {@code incident-io} or {@code feed}, or null
 * @param statusPageHuman the status page for people, or null
 * @param supportUrl where users ask the service for help, or null
 * @param cookieDomains domains whose cookies the browser probe summarises
 * @param expectedIssuers patterns the TLS issuer of the service's certificate is expected to match;
 *     anything else suggests interception
 * @param gateways product ids the service is known to run in front of its origin
 */
public record ServiceProfile(
    String id,
    String name,
    String url,
    List<String> hosts,
    String statusPage,
    String statusPageFormat,
    String statusPageHuman,
    String supportUrl,
    List<String> cookieDomains,
    List<String> expectedIssuers,
    List<String> gateways) {
  public ServiceProfile {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    hosts = Immutable.list(hosts);
    cookieDomains = Immutable.list(cookieDomains);
    expectedIssuers = Immutable.list(expectedIssuers);
    gateways = Immutable.list(gateways);
  }

  /** Whether {@code host} is one of this service's hosts or a subdomain of one. */
  public boolean owns(String host) {
    String h = host.toLowerCase(Locale.ROOT);
    return hosts.stream().anyMatch(s -> h.equals(s) || h.endsWith("." + s));
  }

  /**
   * Whether the profile offers everything in {@code needs} ({@code status-page}, {@code support}),
   * so that a solution relying on it makes sense; for rules.
   */
  public boolean offers(List<String> needs) {
    return needs.stream().allMatch(n -> switch (n) {
      case "status-page" -> statusPageHuman != null;
      case "support" -> supportUrl != null;
      default -> false;
    });
  }

  /** Whether any issuer in {@code chainIssuers} is one this service is expected to use; for rules. */
  public boolean expectsAnyIssuer(List<String> chainIssuers) {
    return chainIssuers.stream().anyMatch(this::expectsIssuer);
  }

  /** Whether the TLS issuer {@code issuer} is one this service is expected to use; for rules. */
  public boolean expectsIssuer(String issuer) {
    String i = issuer.toLowerCase(Locale.ROOT);
    return expectedIssuers.stream().anyMatch(p -> i.contains(p.toLowerCase(Locale.ROOT)));
  }
}
