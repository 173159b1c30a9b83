package org.gatewaydoctor.rules.engine;

import java.util.Collections;
import java.util.SortedSet;
import java.util.TreeSet;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;

/**
 * Collects the names of the rules that fired in one session, for rule authors' coverage checks
 * ({@code rules test}, the scenario suite). One per session; not thread-safe.
 */
final class FiredRules extends DefaultAgendaEventListener {

  private final SortedSet<String> names = new TreeSet<>();

  @Override
  public void afterMatchFired(AfterMatchFiredEvent event) {
    names.add(event.getMatch().getRule().getName());
  }

  /** The names of the rules that fired, sorted. */
  SortedSet<String> names() {
    return Collections.unmodifiableSortedSet(names);
  }
}
