package org.gatewaydoctor.rules.catalog;

import java.util.ArrayList;
import java.util.List;
import org.gatewaydoctor.facts.Immutable;
import org.gatewaydoctor.rules.model.ResponseText;

/**
 * Every product's fingerprint signs ({@code catalog/fingerprints.yaml}), as one fact. Rules ask it
 * which signs a response shows ({@code from $fp.seenOn( $r )}) rather than joining each response
 * with each of a hundred sign facts: the same answers, without a hundred facts and five hundred
 * partial matches in every session. Immutable; it decides nothing.
 */
public final class Fingerprints {

  private final List<FingerprintSignal> signals;

  /** The signs of {@code products}, in catalogue order. */
  public Fingerprints(List<ProductDef> products) {
    List<FingerprintSignal> all = new ArrayList<>();
    products.forEach(p -> all.addAll(p.signals()));
    this.signals = Immutable.list(all);
  }

  /** Every sign, in catalogue order; for rules that inspect the catalogue itself. */
  public List<FingerprintSignal> signals() {
    return signals;
  }

  /** The signs present on {@code response}, in catalogue order; for rules. */
  public List<FingerprintSignal> seenOn(ResponseText response) {
    List<FingerprintSignal> seen = new ArrayList<>();
    for (FingerprintSignal s : signals) {
      if (s.matches(response)) {
        seen.add(s);
      }
    }
    return seen;
  }

  /** The signs of a redirect that {@code response}'s request went through (a portal's sign-in address); for rules. */
  public List<FingerprintSignal> redirectSignsOn(ResponseText response) {
    List<FingerprintSignal> seen = new ArrayList<>();
    for (FingerprintSignal s : signals) {
      if (s.where().equals("redirect") && s.matches(response)) {
        seen.add(s);
      }
    }
    return seen;
  }

  @Override
  public String toString() {
    return "Fingerprints[" + signals.size() + " signs]";
  }
}
