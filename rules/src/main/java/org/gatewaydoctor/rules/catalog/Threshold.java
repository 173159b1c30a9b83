package org.gatewaydoctor.rules.catalog;

import java.util.Objects;

/**
 * A named number the rules compare against ({@code catalog/thresholds.yaml}), so that no rule holds
 * a numeric literal and support staff can tune them.
 */
public record Threshold(String key, double value) {
  public Threshold {
    Objects.requireNonNull(key, "key");
  }

  /** The value as a whole number (status codes, ports, counts), for exact comparisons in rules. */
  public int intValue() {
    return (int) Math.round(value);
  }
}
