package org.gatewaydoctor.probes.har;

import org.gatewaydoctor.facts.Echo;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** A HAR value with its JSON pointer, so that every shape error names where it is. */
final class HarNode {

  private final JsonNode node;
  private final String pointer;
  private final String origin;

  HarNode(JsonNode node, String pointer, String origin) {
    this.node = node;
    this.pointer = pointer;
    this.origin = origin;
  }

  HarNode object(String field) throws HarException {
    HarNode child = child(field);
    if (!child.node.isObject()) {
      throw child.wrong("an object");
    }
    return child;
  }

  List<HarNode> array(String field) throws HarException {
    HarNode child = child(field);
    if (!child.node.isArray()) {
      throw child.wrong("an array");
    }
    List<HarNode> out = new ArrayList<>();
    for (int i = 0; i < child.node.size(); i++) {
      out.add(new HarNode(child.node.get(i), child.pointer + "/" + i, origin));
    }
    return out;
  }

  /** An optional array; empty when absent. */
  List<HarNode> optionalArray(String field) throws HarException {
    return node.has(field) && !node.get(field).isNull() ? array(field) : List.of();
  }

  String string(String field) throws HarException {
    HarNode child = child(field);
    if (!child.node.isTextual()) {
      throw child.wrong("a string");
    }
    return child.node.asText();
  }

  String optionalString(String field) throws HarException {
    if (!node.has(field) || node.get(field).isNull()) {
      return null;
    }
    return string(field);
  }

  long integer(String field) throws HarException {
    HarNode child = child(field);
    if (!child.node.isIntegralNumber()) {
      throw child.wrong("an integer");
    }
    if (!child.node.canConvertToLong()) {
      // Never shown as the wrapped-around number it would become: that number is not in the file.
      throw child.error("expected an integer, got one too large to be one here");
    }
    return child.node.asLong();
  }

  /** An optional number; null when absent, -1 (HAR: not applicable) when so given. */
  Double optionalNumber(String field) throws HarException {
    if (!node.has(field) || node.get(field).isNull()) {
      return null;
    }
    HarNode child = child(field);
    if (!child.node.isNumber()) {
      throw child.wrong("a number");
    }
    if (!Double.isFinite(child.node.asDouble())) {
      // 1e400 is valid JSON but no number a browser records (it would be saved back as "Infinity").
      throw child.error("expected a number, got one too large to be one here");
    }
    return child.node.asDouble();
  }

  boolean has(String field) {
    return node.has(field) && !node.get(field).isNull();
  }

  HarException error(String what) {
    return new HarException(origin + ": at " + (pointer.isEmpty() ? "/" : pointer) + ": " + what);
  }

  private HarNode child(String field) throws HarException {
    if (!node.isObject() || !node.has(field)) {
      throw new HarException(origin + ": at " + (pointer.isEmpty() ? "/" : pointer) + ": missing field \"" + field
          + "\"" + (pointer.isEmpty() && field.equals("log") ? " (is this a HAR file?)" : ""));
    }
    return new HarNode(node.get(field), pointer + "/" + field.replace("~", "~0").replace("/", "~1"), origin);
  }

  private HarException wrong(String expected) {
    String got = node.isObject() ? "an object" : node.isArray() ? "an array" : node.isTextual() ? "" + Echo.of(abbreviate(node.asText()))
        : node.toString();
    return new HarException(origin + ": at " + pointer + ": expected " + expected + ", got " + got);
  }

  private static String abbreviate(String s) {
    return s.length() <= 40 ? s : s.substring(0, 40) + "...";
  }
}
