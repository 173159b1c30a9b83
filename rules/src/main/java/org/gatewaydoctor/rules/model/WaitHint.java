package org.gatewaydoctor.rules.model;

import java.util.Objects;

/**
 * How long the user should wait before retrying, and where that figure comes from
 * ({@code retry-after}, {@code status-page}, {@code default}). Lower priority numbers win.
 */
public record WaitHint(int seconds, String source, int priority) {
  public WaitHint {
    Objects.requireNonNull(source, "source");
  }
}
