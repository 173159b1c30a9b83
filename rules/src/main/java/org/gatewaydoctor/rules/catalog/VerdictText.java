package org.gatewaydoctor.rules.catalog;

import java.util.Objects;

/** The sentence a verdict reads as ({@code catalog/verdicts.yaml}), with parameters in braces. */
public record VerdictText(String key, String text) {
  public VerdictText {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(text, "text");
  }
}
