package org.gatewaydoctor.facts.bundle;

import java.util.List;
import java.util.Objects;
import org.gatewaydoctor.facts.Immutable;

/**
 * A bundle as read, with the warnings reading it produced (fields from a newer minor version that
 * this version does not know and ignored).
 */
public record LoadedBundle(FactBundle bundle, List<String> warnings) {
  public LoadedBundle {
    Objects.requireNonNull(bundle, "bundle");
    warnings = Immutable.list(warnings);
  }
}
