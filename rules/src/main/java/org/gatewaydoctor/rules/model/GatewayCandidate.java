package org.gatewaydoctor.rules.model;

import java.util.Collection;
import java.util.Objects;
import org.gatewaydoctor.rules.catalog.FingerprintSignal;

/**
 * A product that may have generated the error responses: the combined certainty of its distinct
 * signals (a signal seen on three samples counts once), whether any of them shows it generated,
 * not merely passed on, a response ({@code generated}), and whether one of those is its alone
 * ({@code ownSign}; a bare "Bad Gateway" text is every Go reverse proxy's, not one product's).
 */
public record GatewayCandidate(String product, double score, boolean generated, boolean ownSign) {
  public GatewayCandidate {
    Objects.requireNonNull(product, "product");
  }

  /** The candidate that {@code signals} (distinct signals of {@code product}) make. */
  public static GatewayCandidate of(String product, Collection<FingerprintSignal> signals) {
    return new GatewayCandidate(product,
        CertaintyFactors.combine(signals.stream().map(FingerprintSignal::weight).toList()),
        signals.stream().anyMatch(FingerprintSignal::generated),
        signals.stream().anyMatch(s -> s.generated() && s.unique()));
  }
}
