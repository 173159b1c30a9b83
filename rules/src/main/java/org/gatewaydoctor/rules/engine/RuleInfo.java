package org.gatewaydoctor.rules.engine;

import java.util.Objects;

/** One rule in a rule base: its package (the area) and its name (a sentence). */
public record RuleInfo(String pkg, String name) {
  public RuleInfo {
    Objects.requireNonNull(pkg, "pkg");
    Objects.requireNonNull(name, "name");
  }

  /** The area, the last segment of the package ({@code dns} for {@code org.gatewaydoctor.rules.dns}). */
  public String area() {
    return pkg.substring(pkg.lastIndexOf('.') + 1);
  }
}
