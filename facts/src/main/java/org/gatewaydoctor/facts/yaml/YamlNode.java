package org.gatewaydoctor.facts.yaml;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One value of a YAML document with where it stands (file, line, column), so that a reader can
 * say exactly where a value it does not accept is. Immutable. Made by {@link YamlReader}.
 *
 * @since 0.1.0
 */
public final class YamlNode {

  /** What kind of value a node holds. */
  public enum Kind {
    /** A mapping of keys to values. */
    MAP,
    /** A sequence of values. */
    LIST,
    /** A string, number or boolean, kept as its text. */
    SCALAR,
    /** An explicit {@code null} or {@code ~}, or a key with no value. */
    NULL
  }

  private final Kind kind;
  private final String origin;
  private final int line;
  private final int column;
  private final String text;
  private final List<YamlNode> items;
  private final Map<String, Field> fields;

  /** A key of a map with its value; the key's own place is where "unknown key" errors point. */
  public record Field(String key, int line, int column, YamlNode value) {}

  private YamlNode(Kind kind, String origin, int line, int column, String text, List<YamlNode> items,
      Map<String, Field> fields) {
    this.kind = kind;
    this.origin = origin;
    this.line = line;
    this.column = column;
    this.text = text;
    this.items = items;
    this.fields = fields;
  }

  static YamlNode scalar(String origin, int line, int column, String text) {
    return new YamlNode(Kind.SCALAR, origin, line, column, Objects.requireNonNull(text, "text"), List.of(), Map.of());
  }

  static YamlNode nullValue(String origin, int line, int column) {
    return new YamlNode(Kind.NULL, origin, line, column, null, List.of(), Map.of());
  }

  static YamlNode list(String origin, int line, int column, List<YamlNode> items) {
    return new YamlNode(Kind.LIST, origin, line, column, null, List.copyOf(items), Map.of());
  }

  static YamlNode map(String origin, int line, int column, Map<String, Field> fields) {
    return new YamlNode(Kind.MAP, origin, line, column, null, List.of(),
        Collections.unmodifiableMap(new LinkedHashMap<>(fields)));
  }

  /** The kind of value. */
  public Kind kind() {
    return kind;
  }

  /** The file (or resource) this value was read from. */
  public String origin() {
    return origin;
  }

  /** The line the value starts on, from 1. */
  public int line() {
    return line;
  }

  /** The column the value starts at, from 1. */
  public int column() {
    return column;
  }

  /** {@code FILE:LINE}, for saying where a value came from. */
  public String where() {
    return origin + ":" + line;
  }

  /** Whether this is an explicit null (or a key without a value). */
  public boolean isNull() {
    return kind == Kind.NULL;
  }

  /** A map's fields in document order; empty for anything else. */
  public Map<String, Field> fields() {
    return fields;
  }

  /** A map's value for {@code key}, if present (an explicit null is present). */
  public Optional<YamlNode> get(String key) {
    Field f = fields.get(key);
    return f == null ? Optional.empty() : Optional.of(f.value());
  }

  /** A list's items; empty for anything else. */
  public List<YamlNode> items() {
    return items;
  }

  /** A scalar's text, or null for maps, lists and nulls. */
  public String text() {
    return text;
  }

  /** The exception for a problem with this value, located at it. */
  public YamlException error(String problem) {
    return new YamlException(origin, line, column, problem);
  }

  /** This value as a map, or an error saying what was expected for {@code what}. */
  public YamlNode requireMap(String what) throws YamlException {
    if (kind != Kind.MAP) {
      throw error(what + " must be a map of keys to values, got " + describe());
    }
    return this;
  }

  /** This value as a list, or an error saying what was expected for {@code what}. */
  public YamlNode requireList(String what) throws YamlException {
    if (kind != Kind.LIST) {
      throw error(what + " must be a list, got " + describe());
    }
    return this;
  }

  /** This value's text when it is a scalar, or an error saying what was expected for {@code what}. */
  public String requireText(String what) throws YamlException {
    if (kind != Kind.SCALAR) {
      throw error(what + " must be a single value, got " + describe());
    }
    return text;
  }

  /** This value as an integer, or an error naming {@code what} and the value. */
  public int requireInt(String what) throws YamlException {
    String t = requireText(what);
    try {
      return Integer.parseInt(t.trim());
    } catch (NumberFormatException e) {
      throw error(what + " must be a whole number, got \"" + t + "\"");
    }
  }

  /** Fails at the first key of this map that is not in {@code known}, naming the known keys. */
  public void requireKnownKeys(String what, List<String> known) throws YamlException {
    for (Field f : fields.values()) {
      if (!known.contains(f.key())) {
        throw new YamlException(origin, f.line(), f.column(), "unknown key \"" + f.key() + "\" in " + what
            + "; expected one of " + String.join(", ", known));
      }
    }
  }

  /** A short description of the value for messages: "a list", "a map", "null" or the quoted text. */
  public String describe() {
    return switch (kind) {
      case MAP -> "a map";
      case LIST -> "a list";
      case NULL -> "null";
      case SCALAR -> "\"" + text + "\"";
    };
  }
}
