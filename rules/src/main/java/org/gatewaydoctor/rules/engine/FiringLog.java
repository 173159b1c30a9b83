package org.gatewaydoctor.rules.engine;

import java.util.ArrayList;
import java.util.List;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;

/**
 * Records every rule firing of one session in order: the facts the rule matched, what it inserted
 * and what went away while it fired (a logical conclusion whose support it removed). For
 * {@code rules explain}; one per session, not thread-safe, and it costs a listener call per firing
 * and per inserted fact, so diagnoses do without it.
 */
public final class FiringLog extends DefaultAgendaEventListener implements RuleRuntimeEventListener {

  /**
   * One firing.
   *
   * @param rule the rule's name
   * @param pkg the rule's package (its area is the last segment)
   * @param matched the facts its conditions matched, in pattern order
   * @param inserted the facts it inserted
   * @param deleted the facts that left working memory while it fired
   */
  public record Firing(String rule, String pkg, List<Object> matched, List<Object> inserted, List<Object> deleted) {}

  private final List<Firing> firings = new ArrayList<>();
  private Firing current;

  @Override
  public void beforeMatchFired(BeforeMatchFiredEvent event) {
    current = new Firing(event.getMatch().getRule().getName(), event.getMatch().getRule().getPackageName(),
        List.copyOf(event.getMatch().getObjects()), new ArrayList<>(), new ArrayList<>());
  }

  @Override
  public void afterMatchFired(AfterMatchFiredEvent event) {
    if (current != null) {
      firings.add(new Firing(current.rule(), current.pkg(), current.matched(), List.copyOf(current.inserted()),
          List.copyOf(current.deleted())));
      current = null;
    }
  }

  @Override
  public void objectInserted(ObjectInsertedEvent event) {
    if (current != null) {
      current.inserted().add(event.getObject());
    }
  }

  @Override
  public void objectUpdated(ObjectUpdatedEvent event) {
    // Facts are immutable records; nothing is ever updated.
  }

  @Override
  public void objectDeleted(ObjectDeletedEvent event) {
    if (current != null) {
      current.deleted().add(event.getOldObject());
    }
  }

  /** The firings so far, in the order they happened. */
  public List<Firing> firings() {
    return List.copyOf(firings);
  }
}
