package org.gatewaydoctor.facts;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Defensive copies for record components: {@code null} collections become empty, others immutable copies. */
public final class Immutable {

  private Immutable() {}

  /** An immutable copy of {@code items}, or an empty list when it is {@code null}; null elements are refused. */
  public static <T> List<T> list(List<T> items) {
    return items == null ? List.of() : List.copyOf(items);
  }

  /** An immutable copy of {@code entries} that keeps their order, or an empty map when it is {@code null}. */
  public static <K, V> Map<K, V> orderedMap(Map<K, V> entries) {
    return entries == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(entries));
  }
}
