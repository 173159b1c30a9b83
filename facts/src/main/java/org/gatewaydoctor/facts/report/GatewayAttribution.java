package org.gatewaydoctor.facts.report;

import java.util.List;
import java.util.Objects;
import org.gatewaydoctor.facts.Immutable;

/**
 * Who generated the error response the user saw (not merely who passed it on).
 *
 * @param product a product id such as {@code cloudflare}, {@code nginx}, {@code squid}, or
 *     {@code unknown}
 * @param name the product's display name
 * @param role {@code cdn-edge}, {@code load-balancer}, {@code reverse-proxy}, {@code forward-proxy},
 *     {@code security-gateway}, {@code origin} or {@code unknown}
 * @param confidence how sure the attribution is, from 0 to 1
 * @param status the error status it generated, or null
 * @param meaning what that product means by that status, in plain words, or null
 * @param evidence the signals that identified it, strongest first
 * @param relays products that passed the error response on without writing it (a CDN seen only in
 *     {@code Via} in front of the balancer that wrote the page), outermost evidence first; since
 *     report schema 1.1
 * @param candidates when the generator is {@code unknown} because several products write exactly
 *     this response (a bare "Bad Gateway" text), those products; empty otherwise; since 1.1
 */
public record GatewayAttribution(
    String product, String name, String role, double confidence, Integer status, String meaning,
    List<Evidence> evidence, List<GatewayProduct> relays, List<GatewayProduct> candidates) {
  public GatewayAttribution {
    Objects.requireNonNull(product, "product");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(role, "role");
    evidence = Immutable.list(evidence);
    relays = Immutable.list(relays);
    candidates = Immutable.list(candidates);
    if (confidence < 0 || confidence > 1) {
      throw new IllegalArgumentException("confidence must be within [0, 1], got " + confidence);
    }
  }
}
