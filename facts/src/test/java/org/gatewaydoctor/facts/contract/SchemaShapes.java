package org.gatewaydoctor.facts.contract;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** What a JSON Schema says about one property, reduced to the words {@link RecordShapes} uses. */
final class SchemaShapes {

  private static final String DEFS = "#/$defs/";

  private SchemaShapes() {}

  /** A property's shape ("array of object HttpHeader") and whether it admits null. */
  record Shape(String type, boolean nullable) {}

  /** The shape of {@code property}, resolving references against {@code root}'s {@code $defs}. */
  static Shape of(JsonNode property, JsonNode root) {
    if (property.has("anyOf")) {
      List<JsonNode> branches = new ArrayList<>();
      property.get("anyOf").forEach(branches::add);
      List<JsonNode> nonNull = branches.stream().filter(b -> !"null".equals(b.path("type").asText())).toList();
      if (branches.size() == 2 && nonNull.size() == 1) {
        return new Shape(of(nonNull.get(0), root).type(), true);
      }
      return new Shape("anyOf " + property.get("anyOf"), false);
    }
    if (property.has("$ref")) {
      String name = property.get("$ref").asText().substring(DEFS.length());
      JsonNode def = root.get("$defs").get(name);
      if (def.has("enum") && !def.has("type")) {
        return new Shape("enum " + name, false);
      }
      if ("object".equals(def.path("type").asText())) {
        return new Shape("object " + name, false);
      }
      return of(def, root);
    }
    if (property.has("enum")) {
      return new Shape("string", false); // a closed vocabulary the contract names for a String component
    }
    JsonNode type = property.get("type");
    if (type == null) {
      return new Shape("any", true);
    }
    boolean nullable = false;
    String main = type.asText();
    if (type.isArray()) {
      List<String> types = new ArrayList<>();
      type.forEach(t -> types.add(t.asText()));
      nullable = types.remove("null");
      main = types.size() == 1 ? types.get(0) : types.toString();
    }
    if (main.equals("array")) {
      return new Shape("array of " + of(property.get("items"), root).type(), nullable);
    }
    return new Shape(main, nullable);
  }
}
