package org.gatewaydoctor.facts.bundle;

import org.gatewaydoctor.facts.Echo;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.gatewaydoctor.facts.Json;

/**
 * Turns Jackson's exceptions into the one-line messages users see: where (line, column, JSON
 * pointer) and what was expected, never a stack trace.
 */
public final class JsonInputError {

  /** Pointers longer than this many segments are cut, so that deep nesting still gives one short line. */
  private static final int MAX_POINTER_SEGMENTS = 12;

  private JsonInputError() {}

  /** A one-line message for a failure to read {@code origin}. */
  public static String describe(String origin, JsonProcessingException e) {
    return describe(origin, e, e.getProcessor() instanceof JsonParser p ? p : null);
  }

  /**
   * A one-line message for a failure to read {@code origin}, using the parser that failed (still
   * open, so that its current token and location are known) to fill in what the exception lacks.
   */
  public static String describe(String origin, JsonProcessingException e, JsonParser parser) {
    JsonToken token = parser == null ? null : parser.currentToken();
    return origin + ": " + where(e, parser) + what(e, token);
  }

  /** "line L, column C at /pointer: " for where {@code parser} stands now, or "" when unknown. */
  static String where(JsonParser parser) {
    return where(parser.currentLocation(), pointer(parser.getParsingContext()));
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
    return shorten(out.toString());
  }

  /** The JSON pointer of a parser's position (the field or element it is in), or "" at the top. */
  static String pointer(JsonStreamContext context) {
    if (context == null) {
      return "";
    }
    JsonPointer pointer = context.pathAsPointer();
    return shorten(pointer.toString());
  }

  private static String shorten(String pointer) {
    int cut = -1;
    for (int i = 0, segments = 0; i < pointer.length(); i++) {
      if (pointer.charAt(i) == '/' && ++segments > MAX_POINTER_SEGMENTS) {
        cut = i;
        break;
      }
    }
    return cut < 0 ? pointer : pointer.substring(0, cut) + "/...";
  }

  private static String where(JsonProcessingException e, JsonParser parser) {
    JsonLocation loc = e.getLocation();
    if ((loc == null || loc.getLineNr() <= 0) && parser != null) {
      loc = parser.currentLocation();
    }
    String pointer = pointer(e);
    if (pointer.isEmpty() && parser != null) {
      pointer = pointer(parser.getParsingContext());
    }
    return where(loc, pointer);
  }

  private static String where(JsonLocation loc, String pointer) {
    StringBuilder out = new StringBuilder();
    if (loc != null && loc.getLineNr() > 0) {
      out.append("line ").append(loc.getLineNr()).append(", column ").append(loc.getColumnNr());
    }
    if (!pointer.isEmpty()) {
      out.append(out.length() > 0 ? " " : "").append("at ").append(pointer);
    }
    return out.length() > 0 ? out.append(": ").toString() : "";
  }

  private static String what(JsonProcessingException e, JsonToken token) {
    String message = oneLine(e.getOriginalMessage());
    if (e instanceof UnrecognizedPropertyException u) {
      return "unknown field " + Echo.of(u.getPropertyName()) + "; expected one of " + known(u.getKnownPropertyIds());
    }
    if (e instanceof InvalidFormatException f && f.getTargetType() != null && f.getTargetType().isEnum()) {
      return "unknown value " + Echo.of(f.getValue()) + "; expected one of " + enumValues(f.getTargetType());
    }
    if (e instanceof ValueInstantiationException v) {
      Throwable cause = v.getCause();
      if (cause instanceof NullPointerException npe && npe.getMessage() != null) {
        return "missing required field " + Echo.of(npe.getMessage());
      }
      return "invalid value: " + (cause == null ? message : oneLine(cause.getMessage()));
    }
    if (e instanceof MismatchedInputException && message.startsWith("Trailing token")) {
      return "unexpected content after the end of the document; expected nothing more";
    }
    if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
      String expected = describeType(m.getTargetType());
      if (token == JsonToken.END_OBJECT && !m.getPath().isEmpty()) {
        // A missing primitive reaches the record's constructor as null and fails there, at the end of its object.
        return "missing required field \"" + m.getPath().get(m.getPath().size() - 1).getFieldName()
            + "\"; expected " + expected;
      }
      return "expected " + expected + (token == null ? "" : ", got " + kind(token));
    }
    if (e instanceof StreamConstraintsException) {
      return message.contains("nesting depth")
          ? "nested too deeply; expected at most " + Json.MAX_NESTING_DEPTH + " levels of arrays and objects"
          : "exceeds a safety limit (" + message + ")";
    }
    if (e instanceof JsonEOFException) {
      return "the document ends too early (is the file truncated?); expected the rest of the JSON";
    }
    if (message.startsWith("Invalid UTF-8")) {
      // RFC 8259 section 8.1: JSON exchanged between systems must be UTF-8.
      return "not UTF-8 text (" + message + "); expected a UTF-8 encoded bundle";
    }
    if (message.startsWith("Duplicate field")) {
      return message.replace("Duplicate field", "duplicate field") + "; expected each field once";
    }
    return "invalid JSON: " + message;
  }

  private static String kind(JsonToken token) {
    return switch (token) {
      case VALUE_STRING -> "a string";
      case VALUE_NUMBER_INT -> "an integer";
      case VALUE_NUMBER_FLOAT -> "a number with a fraction";
      case VALUE_TRUE, VALUE_FALSE -> "true or false";
      case VALUE_NULL -> "null";
      case START_OBJECT -> "an object";
      case START_ARRAY -> "an array";
      default -> token.asString() == null ? token.name() : token.asString();
    };
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
    if (Collection.class.isAssignableFrom(type)) {
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
      JsonProperty p = constant.getDeclaringClass().getField(constant.name()).getAnnotation(JsonProperty.class);
      return p != null ? p.value() : constant.name();
    } catch (NoSuchFieldException e) {
      return constant.name();
    }
  }

  private static String known(Collection<Object> ids) {
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
