package org.gatewaydoctor.rules.authoring;

import java.util.Objects;
import org.gatewaydoctor.facts.bundle.FactBundle;

/**
 * A fact bundle with what its diagnosis must say, read from a scenario file (docs/scenarios.md).
 *
 * @param id the file name without {@code .yaml}, such as {@code cloudflare-521-origin-down}
 * @param name a one-line title
 * @param description what the scenario reproduces and why the expectations hold, or null
 * @param bundle the bundle to diagnose (fragments already merged in)
 * @param expect what the diagnosis must say
 */
public record Scenario(String id, String name, String description, FactBundle bundle, Expectations expect) {
  public Scenario {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(bundle, "bundle");
    Objects.requireNonNull(expect, "expect");
  }

  @Override
  public String toString() {
    return id;
  }
}
