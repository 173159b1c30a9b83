package org.gatewaydoctor.facts.report;

import java.util.List;
import java.util.Objects;
import org.gatewaydoctor.facts.Immutable;

/**
 * A product on the path of an error response other than its generator: one that passed it on (a
 * relay, seen only in {@code Via}, {@code X-Cache} or a header it puts on every response), or one
 * that may have written it when nothing tells the candidates apart.
 *
 * @param product a product id such as {@code cloudflare}
 * @param name the product's display name
 * @param role {@code cdn-edge}, {@code load-balancer}, {@code reverse-proxy}, {@code forward-proxy},
 *     {@code security-gateway}, {@code captive-portal} or {@code origin}
 * @param evidence the signals that showed it, strongest first
 * @since report schema 1.1
 */
public record GatewayProduct(String product, String name, String role, List<Evidence> evidence) {
  public GatewayProduct {
    Objects.requireNonNull(product, "product");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(role, "role");
    evidence = Immutable.list(evidence);
  }
}
