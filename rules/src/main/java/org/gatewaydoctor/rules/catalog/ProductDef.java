package org.gatewaydoctor.rules.catalog;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.gatewaydoctor.facts.Immutable;

/**
 * A product that can generate an error response (a CDN edge, load balancer, reverse proxy, forward
 * proxy, security gateway or origin server), from {@code catalog/fingerprints.yaml}.
 *
 * @param id product id as in the report contract ({@code cloudflare}, {@code squid}, ...)
 * @param name display name
 * @param role {@code cdn-edge}, {@code load-balancer}, {@code reverse-proxy}, {@code forward-proxy},
 *     {@code security-gateway} or {@code origin}
 * @param operator who usually runs it: {@code service} (the site's own infrastructure) or
 *     {@code user-network} (a proxy or security product on the user's side)
 * @param signals what identifies its responses
 * @param codes what its error statuses mean, by status code
 * @param source where the fingerprint comes from (vendor documentation, observed pages)
 * @param signsOwnErrors whether every error response the product writes itself carries one of its
 *     generated signs (its branded page, an error header): then an error showing only its
 *     pass-through signs was written behind it and it merely relayed it (docs/reasoning.md §2)
 */
public record ProductDef(
    String id, String name, String role, String operator, List<FingerprintSignal> signals,
    Map<Integer, CodeMeaning> codes, String source, boolean signsOwnErrors) {
  public ProductDef {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(operator, "operator");
    signals = Immutable.list(signals);
    codes = Immutable.orderedMap(codes);
  }

  /** What this product means by {@code status}, or null when the catalogue does not say. */
  public CodeMeaning meaningOf(Integer status) {
    return status == null ? null : codes.get(status);
  }
}
