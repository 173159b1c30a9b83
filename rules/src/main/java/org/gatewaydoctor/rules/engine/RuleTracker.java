package org.gatewaydoctor.rules.engine;

import java.util.IdentityHashMap;
import java.util.Map;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;

/**
 * Remembers which rule inserted each conclusion, so that every conclusion can name the rule that
 * drew it without rules having to say their own names. One per session; not thread-safe.
 */
public final class RuleTracker implements RuleRuntimeEventListener {

  private final Map<Object, String> insertedBy = new IdentityHashMap<>();

  @Override
  public void objectInserted(ObjectInsertedEvent event) {
    if (event.getRule() != null) {
      insertedBy.putIfAbsent(event.getObject(), event.getRule().getName());
    }
  }

  @Override
  public void objectUpdated(ObjectUpdatedEvent event) {
    // Facts are immutable records; nothing is ever updated.
  }

  @Override
  public void objectDeleted(ObjectDeletedEvent event) {
    insertedBy.remove(event.getOldObject());
  }

  /** The name of the rule that inserted {@code conclusion}, or null for facts inserted from outside. */
  public String ruleOf(Object conclusion) {
    return insertedBy.get(conclusion);
  }
}
