package org.gatewaydoctor.facts.yaml;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads one YAML document into {@link YamlNode}s that know their line and column, so that whoever
 * interprets the document (the configuration, service profiles) can point at the exact value it
 * rejects. Malformed YAML and duplicate keys are errors here. Stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class YamlReader {

  /** Documents nested deeper than this are refused (a configuration is a few levels deep): {@value}. */
  public static final int MAX_DEPTH = 32;

  private final YAMLFactory factory = new YAMLFactory();

  /**
   * The document in {@code bytes}.
   *
   * @param origin the file name to put in messages
   * @return the root value; an empty document is a {@link YamlNode.Kind#NULL} node at line 1
   * @throws YamlException for malformed YAML, duplicate keys, or nesting deeper than {@link #MAX_DEPTH}
   */
  public YamlNode read(byte[] bytes, String origin) throws YamlException {
    String utf16 = utf16(bytes);
    if (utf16 != null) {
      // YAML 1.2 allows UTF-16, but the parser here reads UTF-8 only and would name a Java exception.
      throw new YamlException(origin, 1, 1, "not UTF-8 text (it is " + utf16
          + "); expected a UTF-8 encoded file: save it again as UTF-8");
    }
    try (JsonParser parser = factory.createParser(bytes)) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        return YamlNode.nullValue(origin, 1, 1);
      }
      YamlNode root = value(parser, origin, 0);
      if (parser.nextToken() != null) {
        JsonLocation at = parser.currentTokenLocation();
        throw new YamlException(origin, at.getLineNr(), at.getColumnNr(), "a second document; expected one");
      }
      return root;
    } catch (JsonProcessingException e) {
      if (e.getCause() instanceof MarkedYAMLException m && m.getProblemMark() != null) {
        // SnakeYAML knows where the problem is and what it is ("expected ',' or ']', but got ...").
        String context = m.getContext() == null ? "" : " (" + m.getContext() + " at line "
            + (m.getContextMark() == null ? "?" : m.getContextMark().getLine() + 1) + ")";
        throw new YamlException(origin, m.getProblemMark().getLine() + 1, m.getProblemMark().getColumn() + 1,
            "malformed YAML: " + firstLine(m.getProblem()) + context, e);
      }
      JsonLocation at = e.getLocation();
      throw new YamlException(origin, at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(),
          "malformed YAML: " + firstLine(e.getOriginalMessage()), e);
    } catch (IOException e) {
      throw new YamlException(origin, 0, 0, "cannot read: " + e.getMessage(), e);
    }
  }

  /**
   * {@code "UTF-16, little-endian"} or {@code "UTF-16, big-endian"} when {@code bytes} start with a
   * UTF-16 byte order mark, or with an ASCII character next to a zero byte (YAML 1.2 section 5.2
   * detects the encoding the same way); null otherwise.
   */
  static String utf16(byte[] bytes) {
    if (bytes.length < 2) {
      return null;
    }
    int b0 = bytes[0] & 0xff;
    int b1 = bytes[1] & 0xff;
    if ((b0 == 0xff && b1 == 0xfe) || (b0 != 0 && b1 == 0)) {
      return "UTF-16, little-endian";
    }
    if ((b0 == 0xfe && b1 == 0xff) || (b0 == 0 && b1 != 0)) {
      return "UTF-16, big-endian";
    }
    return null;
  }

  private YamlNode value(JsonParser p, String origin, int depth) throws IOException, YamlException {
    JsonLocation at = p.currentTokenLocation();
    int line = at.getLineNr();
    int column = at.getColumnNr();
    if (depth > MAX_DEPTH) {
      throw new YamlException(origin, line, column, "nested deeper than " + MAX_DEPTH + " levels");
    }
    JsonToken t = p.currentToken();
    switch (t) {
      case START_OBJECT -> {
        Map<String, YamlNode.Field> fields = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          JsonLocation keyAt = p.currentTokenLocation();
          String key = p.currentName();
          if (fields.containsKey(key)) {
            throw new YamlException(origin, keyAt.getLineNr(), keyAt.getColumnNr(), "duplicate key \"" + key
                + "\" (first at line " + fields.get(key).line() + "); give each key once");
          }
          p.nextToken();
          fields.put(key, new YamlNode.Field(key, keyAt.getLineNr(), keyAt.getColumnNr(), value(p, origin, depth + 1)));
        }
        return YamlNode.map(origin, line, column, fields);
      }
      case START_ARRAY -> {
        List<YamlNode> items = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
          items.add(value(p, origin, depth + 1));
        }
        return YamlNode.list(origin, line, column, items);
      }
      case VALUE_NULL -> {
        return YamlNode.nullValue(origin, line, column);
      }
      default -> {
        return YamlNode.scalar(origin, line, column, p.getText());
      }
    }
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "unreadable";
    }
    String m = message.strip();
    int nl = m.indexOf('\n');
    return (nl < 0 ? m : m.substring(0, nl)).strip();
  }
}
