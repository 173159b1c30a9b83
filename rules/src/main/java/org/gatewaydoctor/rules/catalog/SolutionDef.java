package org.gatewaydoctor.rules.catalog;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.gatewaydoctor.facts.Immutable;

/**
 * Something the user can do, from {@code catalog/solutions.yaml}.
 *
 * @param id stable id (seed ids are never renamed)
 * @param title short imperative title
 * @param addresses ids of the causes it addresses
 * @param seconds about how long it takes the user
 * @param risk what it risks: {@code none}, {@code low} (a retyped message), {@code medium} (signed
 *     out of one site), {@code high} (signed out everywhere, settings lost)
 * @param costNote the cost in plain words, or null
 * @param steps default steps
 * @param osSteps steps per OS ({@code windows}, {@code macos}, {@code linux}, {@code chromeos},
 *     {@code android}, {@code ios}) where they differ
 * @param browserSteps steps per browser ({@code chrome}, {@code edge}, {@code firefox},
 *     {@code safari}, {@code brave}) where they differ
 * @param kind {@code fix} (it removes the cause, the default) or {@code workaround} (it gets the user
 *     going without removing the cause: another network, another browser, a reload); a workaround
 *     is ranked below a fix for the same cause
 * @param needs what the service profile must offer for the solution to make sense:
 *     {@code status-page} (a status page to check) or {@code support} (a support address)
 */
public record SolutionDef(
    String id,
    String title,
    List<String> addresses,
    int seconds,
    String risk,
    String costNote,
    List<String> steps,
    Map<String, List<String>> osSteps,
    Map<String, List<String>> browserSteps,
    String kind,
    List<String> needs) {
  public SolutionDef {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(risk, "risk");
    addresses = Immutable.list(addresses);
    steps = Immutable.list(steps);
    osSteps = Immutable.orderedMap(osSteps);
    browserSteps = Immutable.orderedMap(browserSteps);
    needs = Immutable.list(needs);
    kind = kind == null ? "fix" : kind;
  }

  /** Whether it addresses cause {@code causeId}; for rules. */
  public boolean addresses(String causeId) {
    return addresses.contains(causeId);
  }

  /** The threshold key of its risk, such as {@code solution.risk.high}; for rules. */
  public String riskKey() {
    return "solution.risk." + risk;
  }

  /** The threshold key of how well its kind fits a cause, such as {@code solution.fit.workaround}; for rules. */
  public String fitKey() {
    return "solution.fit." + kind;
  }

  /** The steps for this OS and browser: browser-specific first, then OS-specific, then the defaults. */
  public List<String> stepsFor(String os, String browser) {
    if (browser != null && browserSteps.containsKey(browser)) {
      return browserSteps.get(browser);
    }
    if (os != null && osSteps.containsKey(os)) {
      return osSteps.get(os);
    }
    return steps;
  }
}
