package org.gatewaydoctor.facts.service;

import org.gatewaydoctor.facts.Echo;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import org.gatewaydoctor.facts.Immutable;

/**
 * What is known about one web service: where to check it, its status page, who supports it, and
 * what its TLS issuers and gateways normally are. The probes read it to start a check (URL, status
 * page, cookie domains); the rules read it to judge (expected issuers, gateways, whether a status
 * page or support link can be offered). The {@code generic} profile stands for any URL.
 *
 * @param id stable id, lower-case letters, digits and dashes ({@code chatgpt}, ..., {@code generic})
 * @param name display name
 * @param url the http(s) URL to check by default, or null (only {@code generic} should lack one)
 * @param hosts the host names that belong to it (a URL on one of them, or a subdomain, selects this profile)
 * @param statusPage the official status page's machine-readable http(s) URL, or null
 * @param statusPageFormat its format; null exactly when {@code statusPage} is null
 * @param statusPageHuman the status page for people, or null
 * @param supportUrl where users ask the service for help, or null
 * @param cookieDomains domains whose cookies the browser probe summarises (empty: the target's host)
 * @param expectedIssuers substrings of the TLS issuers the service's certificate chain is expected
 *     to contain; anything else suggests interception
 * @param gateways product ids (the rule catalogue's fingerprints) the service runs in front of its origin
 * @since 0.1.0
 */
public record ServiceProfile(
    String id,
    String name,
    String url,
    List<String> hosts,
    String statusPage,
    StatusPageFormat statusPageFormat,
    String statusPageHuman,
    String supportUrl,
    List<String> cookieDomains,
    List<String> expectedIssuers,
    List<String> gateways) {

  /** The id of the profile that stands for any URL: {@value}. */
  public static final String GENERIC = "generic";

  private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");

  /** @throws IllegalArgumentException naming the field and the bad value */
  public ServiceProfile {
    Objects.requireNonNull(id, "id");
    if (!ID.matcher(id).matches()) {
      throw new IllegalArgumentException("id must be lower-case letters, digits and dashes, got " + Echo.of(id));
    }
    Objects.requireNonNull(name, "name");
    httpUrl("url", url);
    httpUrl("statusPage", statusPage);
    httpUrl("statusPageHuman", statusPageHuman);
    httpUrl("supportUrl", supportUrl);
    if ((statusPage == null) != (statusPageFormat == null)) {
      throw new IllegalArgumentException("statusPage and statusPageFormat go together: give both or neither, got "
          + statusPage + " / " + statusPageFormat);
    }
    hosts = Immutable.list(hosts).stream().map(h -> h.toLowerCase(Locale.ROOT)).toList();
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

  /** Checks that {@code value}, when given, is an absolute http(s) URL with a host (parsed only, never resolved). */
  static void httpUrl(String field, String value) {
    if (value == null) {
      return;
    }
    try {
      URI uri = new URI(value);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
        return;
      }
    } catch (URISyntaxException e) {
      // reported below, with the value
    }
    throw new IllegalArgumentException(field + " must be an http(s) URL such as https://status.example.com/, got \""
        + value + "\"");
  }
}
