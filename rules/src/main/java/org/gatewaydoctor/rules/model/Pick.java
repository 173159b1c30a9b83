package org.gatewaydoctor.rules.model;

/**
 * The "pick one" idiom of the rule base (docs/rule-authoring.md, "Pick one of several matching
 * facts"). When several facts would each make a rule fire with the same conclusion (three port
 * checks of one port, two DNS queries of one name), the rule takes the first of them in a fixed
 * order and says so with a guard:
 *
 * <pre>
 * $p : PortCheck( port == $port, state == PortState.OPEN )
 * not PortCheck( port == $port, state == PortState.OPEN, Pick.before( address, $p.address() ) )
 * </pre>
 *
 * read "and no other such port check comes before this one". The order is the text's natural
 * order: fixed, so the same bundle always gives the same conclusion, and the conclusion names one
 * fact rather than firing once per fact.
 */
public final class Pick {

  private Pick() {}

  /**
   * Whether {@code candidate} comes before {@code chosen} in the fixed order (text order; a missing
   * value comes after every present one, and is never before another missing one).
   */
  public static boolean before(String candidate, String chosen) {
    if (candidate == null) {
      return false;
    }
    return chosen == null || candidate.compareTo(chosen) < 0;
  }
}
