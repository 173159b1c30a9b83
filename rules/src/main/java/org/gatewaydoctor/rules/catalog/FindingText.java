package org.gatewaydoctor.rules.catalog;

import java.util.Objects;

/**
 * How a finding reads in a report ({@code catalog/findings.yaml}). The template names parameters in
 * braces, such as {@code "{failed} of {total} requests failed"}; rules supply the values.
 */
public record FindingText(String code, String text) {
  public FindingText {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(text, "text");
  }
}
