package org.gatewaydoctor.rules.model;

import java.util.Objects;
import org.gatewaydoctor.facts.http.HttpExchange;
import org.gatewaydoctor.rules.catalog.FingerprintSignal;

/** A fingerprint signal found on one error response. */
public record GatewaySignal(String product, FingerprintSignal signal, HttpExchange exchange) {
  public GatewaySignal {
    Objects.requireNonNull(product, "product");
    Objects.requireNonNull(signal, "signal");
    Objects.requireNonNull(exchange, "exchange");
  }

  public boolean generated() {
    return signal.generated();
  }

  public double weight() {
    return signal.weight();
  }
}
