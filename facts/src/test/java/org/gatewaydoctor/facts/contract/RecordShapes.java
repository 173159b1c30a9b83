package org.gatewaydoctor.facts.contract;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What reflection says about the fact model's records: which types a root reaches, the JSON shape
 * each component must have, and which components are never null once a record is constructed.
 */
final class RecordShapes {

  private RecordShapes() {}

  /** Every record and enum type reachable from {@code root} through record components and lists, root first. */
  static Set<Class<?>> reachable(Class<?> root) {
    Set<Class<?>> seen = new LinkedHashSet<>();
    Deque<Class<?>> todo = new ArrayDeque<>(List.of(root));
    while (!todo.isEmpty()) {
      Class<?> type = todo.removeFirst();
      if (seen.add(type) && type.isRecord()) {
        for (RecordComponent c : type.getRecordComponents()) {
          Class<?> leaf = leaf(c.getGenericType());
          if (leaf.isRecord() || leaf.isEnum()) {
            todo.addLast(leaf);
          }
        }
      }
    }
    return seen;
  }

  /** The JSON shape a component of this Java type has, in the words {@link SchemaShapes} uses. */
  static String shape(Type type) {
    if (type instanceof ParameterizedType p && p.getRawType() == List.class) {
      return "array of " + shape(p.getActualTypeArguments()[0]);
    }
    Class<?> c = (Class<?>) type;
    if (c == String.class) {
      return "string";
    }
    if (c == int.class || c == Integer.class || c == long.class || c == Long.class) {
      return "integer";
    }
    if (c == double.class || c == Double.class) {
      return "number";
    }
    if (c == boolean.class || c == Boolean.class) {
      return "boolean";
    }
    if (c.isEnum()) {
      return "enum " + c.getSimpleName();
    }
    if (c.isRecord()) {
      return "object " + c.getSimpleName();
    }
    throw new IllegalArgumentException("no JSON shape for " + type + "; teach RecordShapes about it");
  }

  /** Whether the component is present in every constructed record: primitive, checked non-null, or defaulted. */
  static boolean neverNull(Class<?> record, RecordComponent component) {
    if (component.getType().isPrimitive()) {
      return true;
    }
    try {
      Object built = withNull(record, component);
      return built == null || component.getAccessor().invoke(built) != null;
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A sample {@code record} with {@code component} given as null, or null when the record refuses that. */
  static Object withNull(Class<?> record, RecordComponent component) {
    RecordComponent[] all = record.getRecordComponents();
    Object[] args = new Object[all.length];
    for (int i = 0; i < all.length; i++) {
      args[i] = all[i].getName().equals(component.getName()) ? null : sample(all[i].getGenericType());
    }
    try {
      return constructor(record).newInstance(args);
    } catch (InvocationTargetException refused) {
      return null;
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A valid instance of {@code type} with every component set (lists empty). */
  static Object sample(Type type) {
    if (type instanceof ParameterizedType) {
      return List.of();
    }
    Class<?> c = (Class<?>) type;
    if (c == String.class) {
      return "x";
    }
    if (c == int.class || c == Integer.class) {
      return 1;
    }
    if (c == long.class || c == Long.class) {
      return 1L;
    }
    if (c == double.class || c == Double.class) {
      return 1.0;
    }
    if (c == boolean.class || c == Boolean.class) {
      return true;
    }
    if (c.isEnum()) {
      return c.getEnumConstants()[0];
    }
    Object[] args = Arrays.stream(c.getRecordComponents()).map(rc -> sample(rc.getGenericType())).toArray();
    try {
      return constructor(c).newInstance(args);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot build a sample " + c.getSimpleName(), e);
    }
  }

  private static Constructor<?> constructor(Class<?> record) throws NoSuchMethodException {
    Class<?>[] types = Arrays.stream(record.getRecordComponents()).map(RecordComponent::getType).toArray(Class<?>[]::new);
    return record.getDeclaredConstructor(types);
  }

  private static Class<?> leaf(Type type) {
    return type instanceof ParameterizedType p ? leaf(p.getActualTypeArguments()[0]) : (Class<?>) type;
  }
}
