package org.gatewaydoctor.rules.engine;

import java.util.ArrayList;
import java.util.List;
import org.kie.api.runtime.KieSession;

/** Runs one short-lived session over a set of facts. */
public final class RuleSession {

  /**
   * The most activations one diagnosis may fire: {@value}. A few hundred is normal; reaching this
   * means rules that keep re-triggering each other, which is a rule bug, not a diagnosis.
   */
  public static final int MAX_FIRINGS = 100_000;

  private RuleSession() {}

  /**
   * Inserts {@code given} (catalogue facts, context) and the bundle's facts, fires to quiescence and
   * returns what is left.
   *
   * @throws IllegalStateException when the rules do not settle within {@link #MAX_FIRINGS}
   */
  public static SessionResult run(RuleBase ruleBase, List<Object> given, FactIndex index) {
    return run(ruleBase, given, index, false);
  }

  /**
   * As {@link #run(RuleBase, List, FactIndex)}, also recording which rules fired when
   * {@code traceFirings} is set (it costs a listener call per firing, so diagnoses leave it off).
   */
  public static SessionResult run(RuleBase ruleBase, List<Object> given, FactIndex index, boolean traceFirings) {
    return run(ruleBase, given, index, traceFirings, null);
  }

  /**
   * As {@link #run(RuleBase, List, FactIndex, boolean)}, also recording every firing with its facts
   * in {@code log} when it is not null ({@code rules explain}).
   */
  public static SessionResult run(RuleBase ruleBase, List<Object> given, FactIndex index, boolean traceFirings,
      FiringLog log) {
    KieSession session = ruleBase.newSession();
    if (log != null) {
      session.addEventListener((org.kie.api.event.rule.AgendaEventListener) log);
      session.addEventListener((org.kie.api.event.rule.RuleRuntimeEventListener) log);
    }
    RuleTracker tracker = new RuleTracker();
    session.addEventListener(tracker);
    FiredRules fired = traceFirings ? new FiredRules() : null;
    if (fired != null) {
      session.addEventListener(fired);
    }
    try {
      given.forEach(session::insert);
      index.facts().forEach(session::insert);
      int firings = session.fireAllRules(MAX_FIRINGS);
      if (firings >= MAX_FIRINGS) {
        throw new IllegalStateException("the rules did not settle after " + MAX_FIRINGS
            + " firings; a rule probably re-triggers itself (" + ruleBase.origin() + ")");
      }
      return new SessionResult(new ArrayList<>(session.getObjects()), tracker, index, firings,
          fired == null ? new java.util.TreeSet<>() : fired.names());
    } finally {
      session.dispose();
    }
  }
}
