package org.gatewaydoctor.facts.bundle;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Finds the fields of a JSON document that a record type does not have, by walking the tree beside
 * the record's components (JSON names are component names throughout the fact model). Done on the
 * tree rather than inside Jackson because Jackson replays a record's unknown fields from a buffer,
 * where the parser no longer knows the field's real position.
 */
final class UnknownFields {

  private UnknownFields() {}

  /** The JSON pointers of every field in {@code node} that {@code type} does not declare, in document order. */
  static List<String> of(JsonNode node, Class<?> type) {
    List<String> out = new ArrayList<>();
    walk(node, type, "", out);
    return out;
  }

  private static void walk(JsonNode node, Type type, String pointer, List<String> out) {
    if (type instanceof Class<?> c && c.isRecord() && node.isObject()) {
      Map<String, Type> components = Arrays.stream(c.getRecordComponents())
          .collect(Collectors.toMap(RecordComponent::getName, RecordComponent::getGenericType));
      Set<String> names = components.keySet();
      node.fields().forEachRemaining(field -> {
        String at = pointer + "/" + field.getKey().replace("~", "~0").replace("/", "~1");
        if (names.contains(field.getKey())) {
          walk(field.getValue(), components.get(field.getKey()), at, out);
        } else {
          out.add(at);
        }
      });
    } else if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> raw
        && Collection.class.isAssignableFrom(raw) && node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        walk(node.get(i), p.getActualTypeArguments()[0], pointer + "/" + i, out);
      }
    }
  }
}
