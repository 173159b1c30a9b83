package org.gatewaydoctor.rules.model;

import java.util.Collection;

/**
 * MYCIN/EMYCIN certainty-factor combination. Independent supporting evidence accumulates without
 * ever reaching certainty by itself; contrary evidence subtracts. To be independent of the order in
 * which rules fire, all supporting factors are combined first, then all contrary ones, then the two
 * results (EMYCIN's scheme; the pairwise MYCIN formula is not associative across signs).
 */
public final class CertaintyFactors {

  private CertaintyFactors() {}

  /** The combination of {@code factors}, each within [-1, 1]; 0 when there are none. */
  public static double combine(Collection<? extends Number> factors) {
    double positive = 0;
    double negative = 0;
    for (Number n : factors) {
      double f = n.doubleValue();
      if (f < -1 || f > 1 || Double.isNaN(f)) {
        throw new IllegalArgumentException("a certainty factor must be within [-1, 1], got " + f);
      }
      if (f >= 0) {
        positive = positive + f * (1 - positive);
      } else {
        negative = negative + f * (1 + negative);
      }
    }
    return across(positive, negative);
  }

  /**
   * The certainty of a broader cause: its own evidence combined ({@link #combine}), or its most
   * certain sub-cause, whichever is greater. A category holds when any of its members holds, and
   * exactly as surely (a fuzzy "or"): the sub-cause's evidence is not counted a second time, so a
   * parent is never more certain than the evidence shows, nor ruled out while a sub-cause holds.
   *
   * @param own the factors of the cause's own findings
   * @param subcauses the certainties of its sub-causes that hold (positive)
   */
  public static double broader(Collection<? extends Number> own, Collection<? extends Number> subcauses) {
    double combined = combine(own);
    double best = subcauses.stream().mapToDouble(Number::doubleValue).max().orElse(combined);
    return Math.max(combined, best);
  }

  /** Combines a supporting factor {@code p} (0..1) with a contrary one {@code n} (-1..0). */
  static double across(double p, double n) {
    double weaker = Math.min(Math.abs(p), Math.abs(n));
    if (weaker >= 1) {
      return 0; // proof and disproof at once: no conclusion either way
    }
    return (p + n) / (1 - weaker);
  }
}
