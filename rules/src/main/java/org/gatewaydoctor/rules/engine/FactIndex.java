package org.gatewaydoctor.rules.engine;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.gatewaydoctor.facts.bundle.FactBundle;
import org.gatewaydoctor.facts.bundle.Observations;

/**
 * The JSON pointer of every fact a bundle holds, by object identity, so that conclusions can say
 * which observations they rest on ({@code /observations/http/0}).
 */
public final class FactIndex {

  private final Map<Object, String> pointers = new IdentityHashMap<>();
  private final List<Object> facts = new ArrayList<>();

  /** Indexes the target, environment, every observation and every probe outcome of {@code bundle}. */
  public FactIndex(FactBundle bundle) {
    add(bundle.target(), "/target");
    add(bundle.environment(), "/environment");
    Observations o = bundle.observations();
    for (RecordComponent c : Observations.class.getRecordComponents()) {
      List<?> items = (List<?>) read(c, o);
      for (int i = 0; i < items.size(); i++) {
        add(items.get(i), "/observations/" + c.getName() + "/" + i);
      }
    }
    for (int i = 0; i < bundle.probes().size(); i++) {
      add(bundle.probes().get(i), "/probes/" + i);
    }
  }

  /** Every indexed fact, in bundle order: what a session is given. */
  public List<Object> facts() {
    return facts;
  }

  /** The pointer of {@code fact}, or null when it is not from the bundle. */
  public String pointerOf(Object fact) {
    return pointers.get(fact);
  }

  private void add(Object fact, String pointer) {
    pointers.put(fact, pointer);
    facts.add(fact);
  }

  private static Object read(RecordComponent c, Object record) {
    try {
      return c.getAccessor().invoke(record);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot read observations." + c.getName(), e);
    }
  }
}
