package org.gatewaydoctor.rules.model;

import org.gatewaydoctor.facts.http.HttpExchange;

/**
 * How much of a finding's catalogue weight its samples carry (docs/reasoning.md §5): a finding that
 * rests on one HTTP exchange counts less than one that two or more agreeing exchanges show; a
 * finding about anything else (DNS answers, reference checks, a status page) counts in full.
 */
public final class SampleSupport {

  private SampleSupport() {}

  /**
   * The share of its weight {@code finding} carries: {@code one} when it rests on exactly one
   * exchange, 1 when it rests on more or on none.
   */
  public static double of(Finding finding, double one) {
    return samples(finding) == 1 ? one : 1.0;
  }

  /** The number of exchanges {@code finding} rests on; for texts. */
  public static long samples(Finding finding) {
    return finding.about().stream().filter(a -> a instanceof HttpExchange).distinct().count();
  }
}
