package org.gatewaydoctor.rules.model;

import java.util.Objects;

/**
 * A value a rule supplies for a solution's texts, such as the browser to switch to for
 * {@code change-browser}: {@code {otherBrowser}} in its steps. When several rules supply the same
 * name, the lowest {@code priority} wins.
 */
public record SolutionParam(String solution, String name, String value, int priority) {
  public SolutionParam {
    Objects.requireNonNull(solution, "solution");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(value, "value");
  }
}
