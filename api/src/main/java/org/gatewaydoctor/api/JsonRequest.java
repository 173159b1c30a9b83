package org.gatewaydoctor.api;

import org.gatewaydoctor.facts.Echo;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Iterator;
import java.util.Set;
import org.gatewaydoctor.facts.bundle.BundleException;
import org.gatewaydoctor.facts.bundle.JsonInput;

/** A small JSON request object (of {@code /v1/checks}, {@code /v1/rules/validate}), read strictly. */
final class JsonRequest {

  private final JsonNode root;

  private JsonRequest(JsonNode root) {
    this.root = root;
  }

  /**
   * Parses {@code body} as one JSON object whose members are among {@code known}.
   *
   * @throws Problem.Raised 400 for malformed JSON, a non-object, or an unknown member, with its pointer
   */
  static JsonRequest parse(ObjectMapper mapper, byte[] body, Set<String> known) {
    JsonNode root = tree(mapper, body);
    if (!root.isObject()) {
      throw wrongType("", "an object", root).raise();
    }
    for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!known.contains(name)) {
        throw Problem.of("invalid-field", 400, "Invalid field", "unknown field " + Echo.of(name) + "; expected "
            + String.join(", ", known.stream().sorted().toList())).at("/" + Pointers.escape(name)).raise();
      }
    }
    return new JsonRequest(root);
  }

  /** {@code body} as any one JSON value. @throws Problem.Raised 400 for malformed JSON, with where */
  static JsonNode tree(ObjectMapper mapper, byte[] body) {
    try {
      return JsonInput.read(mapper.readerFor(JsonNode.class), body, "request body");
    } catch (BundleException e) {
      throw Problem.of("malformed-json", 400, "Malformed JSON", e.getMessage()).at(Pointers.in(e.getMessage())).raise();
    }
  }

  /** The member {@code name} as text, or null when absent or null. */
  String text(String name) {
    JsonNode n = root.get(name);
    if (n == null || n.isNull()) {
      return null;
    }
    if (!n.isTextual()) {
      throw wrongType("/" + Pointers.escape(name), "a string", n).raise();
    }
    return n.asText();
  }

  /** The member {@code name} as an object, or null when absent. */
  JsonNode object(String name) {
    JsonNode n = root.get(name);
    if (n == null) {
      return null;
    }
    if (!n.isObject()) {
      throw wrongType("/" + Pointers.escape(name), "an object", n).raise();
    }
    return n;
  }

  /** A 400 for a value of the wrong JSON type at {@code pointer}. */
  static Problem wrongType(String pointer, String expected, JsonNode got) {
    return Problem.of("invalid-field", 400, "Invalid field", "request body: at " + (pointer.isEmpty() ? "the top level"
        : pointer) + ": expected " + expected + ", got " + kind(got)).at(pointer);
  }

  private static String kind(JsonNode n) {
    return switch (n.getNodeType()) {
      case ARRAY -> "an array";
      case OBJECT -> "an object";
      case STRING -> "a string";
      case NUMBER -> "a number";
      case BOOLEAN -> "true or false";
      case NULL -> "null";
      default -> "something else";
    };
  }
}
