package org.gatewaydoctor.rules.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.gatewaydoctor.facts.Immutable;

/**
 * Something a rule noticed in the observations. Its text comes from the catalogue
 * ({@code findings.yaml}) with {@code params} filled in; {@code about} holds the observations it
 * rests on (the report turns them into JSON pointers into the bundle).
 */
public record Finding(String code, Map<String, String> params, List<Object> about) {

  public Finding {
    Objects.requireNonNull(code, "code");
    params = Immutable.orderedMap(params);
    about = Immutable.list(about);
  }

  /** A finding resting on {@code about}. */
  public static Finding of(String code, Object... about) {
    return new Finding(code, Map.of(), List.of(about));
  }

  /** A finding resting on every observation in {@code about}. */
  public static Finding ofAll(String code, List<?> about) {
    return new Finding(code, Map.of(), List.copyOf(about));
  }

  /** This finding with one more text parameter. */
  public Finding with(String name, Object value) {
    Map<String, String> more = new LinkedHashMap<>(params);
    more.put(name, String.valueOf(value));
    return new Finding(code, more, about);
  }

  /** A parameter's value, or null; for rules. */
  public String param(String name) {
    return params.get(name);
  }
}
