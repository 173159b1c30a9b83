package org.gatewaydoctor.rules.model;

import java.util.Objects;

/** The combined certainty factor of all evidence on one cause, and how many pieces it combines. */
public record CauseCertainty(String cause, double certainty, int evidence) {
  public CauseCertainty {
    Objects.requireNonNull(cause, "cause");
  }
}
