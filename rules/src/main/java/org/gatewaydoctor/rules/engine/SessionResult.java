package org.gatewaydoctor.rules.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a session left in working memory after its rules settled, with the rule that inserted each
 * conclusion and the bundle's fact pointers.
 */
public final class SessionResult {

  private final List<Object> objects;
  private final Map<Class<?>, List<Object>> byClass = new HashMap<>();
  private final RuleTracker tracker;
  private final FactIndex index;
  private final int firings;
  private final SortedSet<String> firedRules;

  public SessionResult(List<Object> objects, RuleTracker tracker, FactIndex index, int firings,
      SortedSet<String> firedRules) {
    this.objects = List.copyOf(objects);
    for (Object o : this.objects) {
      byClass.computeIfAbsent(o.getClass(), c -> new ArrayList<>()).add(o);
    }
    this.tracker = Objects.requireNonNull(tracker, "tracker");
    this.index = Objects.requireNonNull(index, "index");
    this.firings = firings;
    this.firedRules = Collections.unmodifiableSortedSet(new TreeSet<>(firedRules));
  }

  /** Every object of {@code type} in working memory, in insertion order. */
  public <T> List<T> all(Class<T> type) {
    if (type.isRecord() || java.lang.reflect.Modifier.isFinal(type.getModifiers())) {
      List<Object> exact = byClass.getOrDefault(type, List.of());
      @SuppressWarnings("unchecked")
      List<T> same = (List<T>) Collections.unmodifiableList(exact);
      return same;
    }
    List<T> out = new ArrayList<>();
    for (Object o : objects) {
      if (type.isInstance(o)) {
        out.add(type.cast(o));
      }
    }
    return out;
  }

  /** The name of the rule that inserted {@code conclusion}, or null. */
  public String ruleOf(Object conclusion) {
    return tracker.ruleOf(conclusion);
  }

  /** The JSON pointer of a bundle fact, or null. */
  public String pointerOf(Object fact) {
    return index.pointerOf(fact);
  }

  /** The names of the rules that fired, sorted; empty unless the session was traced. */
  public SortedSet<String> firedRules() {
    return firedRules;
  }

  /** How many rule activations fired. */
  public int firings() {
    return firings;
  }
}
