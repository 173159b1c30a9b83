package org.gatewaydoctor.facts.bundle;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Turns Jackson's exceptions into the one-line messages users see: where (line, column, JSON
 * pointer) and what was expected, never a stack trace.
 */
public final class JsonInputError {

  private JsonInputError() {}

  /** A one-line message for a failure to read {@code origin}. */
  public static String describe(String origin, JsonProcessingException e) {
    return origin + ": " + where(e) + what(e);
  }

  /** The JSON pointer of the failing value, such as {@code /probes/0/status}, or "" when unknown. */
  public static String pointer(JsonProcessingException e) {
    if (!(e instanceof JsonMappingException m) || m.getPath().isEmpty()) {
      return "";
    }
    return pointer(m.getPath());
  }

  /** The JSON pointer for a Jackson reference path. */
  public static String pointer(List<JsonMappingException.Reference> path) {
    StringBuilder out = new StringBuilder();
    for (JsonMappingException.Reference ref : path) {
      out.append('/');
      if (ref.getFieldName() != null) {
        out.append(ref.getFieldName().replace("~", "~0").replace("/", "~1"));
      } else if (ref.getIndex() >= 0) {
        out.append(ref.getIndex());
      }
    }
    return out.toString();
  }

  private static String where(JsonProcessingException e) {
    StringBuilder out = new StringBuilder();
    JsonLocation loc = e.getLocation();
    if (loc != null && loc.getLineNr() > 0) {
      out.append("line ").append(loc.getLineNr()).append(", column ").append(loc.getColumnNr());
    }
    String pointer = pointer(e);
    if (!pointer.isEmpty()) {
      out.append(out.length() > 0 ? " " : "").append("at ").append(pointer);
    }
    return out.length() > 0 ? out.append(": ").toString() : "";
  }

  private static String what(JsonProcessingException e) {
    if (e instanceof UnrecognizedPropertyException u) {
      return "unknown field \"" + u.getPropertyName() + "\"; expected one of " + known(u.getKnownPropertyIds());
    }
    if (e instanceof InvalidFormatException f && f.getTargetType() != null && f.getTargetType().isEnum()) {
      return "unknown value \"" + f.getValue() + "\"; expected one of " + enumValues(f.getTargetType());
    }
    if (e instanceof ValueInstantiationException v) {
      Throwable cause = v.getCause();
      if (cause instanceof NullPointerException npe && npe.getMessage() != null) {
        return "missing required field \"" + npe.getMessage() + "\"";
      }
      return "invalid value: " + oneLine(cause == null ? v.getOriginalMessage() : cause.getMessage());
    }
    if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
      return "expected " + describeType(m.getTargetType()) + firstClause(m.getOriginalMessage());
    }
    if (e instanceof StreamConstraintsException) {
      return "document exceeds a safety limit (" + oneLine(e.getOriginalMessage()) + ")";
    }
    return "invalid JSON: " + oneLine(e.getOriginalMessage());
  }

  private static String firstClause(String message) {
    if (message == null) {
      return "";
    }
    String m = oneLine(message);
    int from = m.indexOf(" from ");
    return from >= 0 ? " (cannot read it" + m.substring(from).replaceFirst("\\s*\\(.*$", "") + ")" : "";
  }

  private static String describeType(Class<?> type) {
    if (type.isEnum()) {
      return "one of " + enumValues(type);
    }
    if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
      return "an integer";
    }
    if (type == Double.class || type == double.class) {
      return "a number";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "true or false";
    }
    if (type == String.class) {
      return "a string";
    }
    if (List.class.isAssignableFrom(type)) {
      return "an array";
    }
    return "an object (" + type.getSimpleName() + ")";
  }

  private static String enumValues(Class<?> type) {
    return Arrays.stream(type.getEnumConstants())
        .map(c -> jsonName((Enum<?>) c))
        .collect(Collectors.joining(", "));
  }

  private static String jsonName(Enum<?> constant) {
    try {
      com.fasterxml.jackson.annotation.JsonProperty p = constant.getDeclaringClass()
          .getField(constant.name()).getAnnotation(com.fasterxml.jackson.annotation.JsonProperty.class);
      return p != null ? p.value() : constant.name();
    } catch (NoSuchFieldException e) {
      return constant.name().toLowerCase(Locale.ROOT);
    }
  }

  private static String known(java.util.Collection<Object> ids) {
    return ids == null ? "(none)" : ids.stream().map(String::valueOf).sorted().collect(Collectors.joining(", "));
  }

  private static String oneLine(String s) {
    if (s == null) {
      return "";
    }
    String line = s.replaceAll("\\s+", " ").trim();
    int at = line.indexOf(" at [Source");
    return at >= 0 ? line.substring(0, at) : line;
  }
}
