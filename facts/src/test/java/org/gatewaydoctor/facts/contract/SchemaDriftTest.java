package org.gatewaydoctor.facts.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.gatewaydoctor.facts.Json;
import org.gatewaydoctor.facts.bundle.FactBundle;
import org.gatewaydoctor.facts.report.Diagnosis;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The schemas in {@code docs/schema} describe the records exactly: a field added to, renamed in or
 * retyped in a record without the same change to its schema fails the build. Each record reachable
 * from {@link FactBundle} or {@link Diagnosis} is its schema's root or the {@code $defs} entry of
 * its simple name; each enum is a {@code $defs} entry listing its JSON names.
 */
class SchemaDriftTest {

  private static final Map<String, Class<?>> ROOTS = new LinkedHashMap<>();

  static {
    ROOTS.put("fact-bundle", FactBundle.class);
    ROOTS.put("report", Diagnosis.class);
  }

  private final ObjectMapper mapper = Json.newMapper();

  static Stream<Arguments> records() {
    return types().filter(a -> ((Class<?>) a.get()[1]).isRecord());
  }

  static Stream<Arguments> enums() {
    return types().filter(a -> ((Class<?>) a.get()[1]).isEnum());
  }

  static Stream<String> schemas() {
    return ROOTS.keySet().stream();
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("records")
  void schemaPropertiesAreTheRecordComponentsInOrder(String schema, Class<?> record) {
    JsonNode def = definition(schema, record);

    assertThat(names(def.get("properties"))).as("properties of %s in %s", record.getSimpleName(), schema)
        .containsExactlyElementsOf(componentNames(record));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("records")
  void schemaTypesAndNullabilityMatchTheComponents(String schema, Class<?> record) {
    JsonNode root = DocsFiles.tree(file(schema));
    JsonNode properties = definition(schema, record).get("properties");

    for (RecordComponent c : record.getRecordComponents()) {
      assertThat(properties.has(c.getName())).as("%s.%s in %s", record.getSimpleName(), c.getName(), schema).isTrue();
      SchemaShapes.Shape shape = SchemaShapes.of(properties.get(c.getName()), root);
      assertThat(shape.type()).as("%s.%s in %s", record.getSimpleName(), c.getName(), schema)
          .isEqualTo(RecordShapes.shape(c.getGenericType()));
      assertThat(shape.nullable()).as("whether %s.%s may be null in %s", record.getSimpleName(), c.getName(), schema)
          .isEqualTo(!RecordShapes.neverNull(record, c));
    }
  }

  /** Required means always written: never null, or written even when null (the report's gateway). */
  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("records")
  void requiredFieldsAreThoseAlwaysWritten(String schema, Class<?> record) {
    List<String> alwaysWritten = Arrays.stream(record.getRecordComponents())
        .filter(c -> RecordShapes.neverNull(record, c)
            || mapper.valueToTree(RecordShapes.withNull(record, c)).has(c.getName()))
        .map(RecordComponent::getName).toList();

    assertThat(texts(definition(schema, record).path("required"))).as("required of %s", record.getSimpleName())
        .containsExactlyInAnyOrderElementsOf(alwaysWritten);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("records")
  void objectsRefuseUnknownFields(String schema, Class<?> record) {
    JsonNode def = definition(schema, record);

    assertThat(def.path("type").asText()).isEqualTo("object");
    assertThat(def.path("additionalProperties").isBoolean() && !def.get("additionalProperties").asBoolean())
        .as("additionalProperties false on %s", record.getSimpleName()).isTrue();
  }

  /** Derived helpers (answered(), bodyLower(), resolved(), ran(), leafIssuer()...) must never reach the JSON. */
  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("records")
  void jacksonWritesExactlyTheComponents(String schema, Class<?> record) {
    JsonNode json = mapper.valueToTree(RecordShapes.sample(record));

    assertThat(names(json)).containsExactlyElementsOf(componentNames(record));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("enums")
  void enumDefinitionsListTheJsonNames(String schema, Class<?> type) throws NoSuchFieldException {
    List<String> jsonNames = new ArrayList<>();
    for (Object constant : type.getEnumConstants()) {
      String name = ((Enum<?>) constant).name();
      JsonProperty p = type.getField(name).getAnnotation(JsonProperty.class);
      jsonNames.add(p == null ? name : p.value());
    }

    assertThat(texts(definition(schema, type).get("enum"))).containsExactlyElementsOf(jsonNames);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("schemas")
  void everyDefinitionIsUsed(String schema) {
    JsonNode root = DocsFiles.tree(file(schema));
    Set<String> refs = new TreeSet<>();
    collectRefs(root, refs);

    assertThat(refs).containsExactlyInAnyOrderElementsOf(new TreeSet<>(names(root.get("$defs"))));
  }

  private static Stream<Arguments> types() {
    return ROOTS.entrySet().stream().flatMap(e -> RecordShapes.reachable(e.getValue()).stream()
        .map(type -> Arguments.of(e.getKey(), type)));
  }

  private static JsonNode definition(String schema, Class<?> type) {
    JsonNode root = DocsFiles.tree(file(schema));
    JsonNode def = type == ROOTS.get(schema) ? root : root.path("$defs").get(type.getSimpleName());
    assertThat(def).as("$defs/%s in %s", type.getSimpleName(), schema).isNotNull();
    return def;
  }

  private static Path file(String schema) {
    return DocsFiles.DOCS.resolve("schema/" + schema + ".schema.json");
  }

  private static List<String> componentNames(Class<?> record) {
    return Arrays.stream(record.getRecordComponents()).map(RecordComponent::getName).toList();
  }

  private static List<String> names(JsonNode object) {
    List<String> names = new ArrayList<>();
    object.fieldNames().forEachRemaining(names::add);
    return names;
  }

  private static List<String> texts(JsonNode array) {
    List<String> texts = new ArrayList<>();
    array.forEach(t -> texts.add(t.asText()));
    return texts;
  }

  private static void collectRefs(JsonNode node, Set<String> refs) {
    if (node.has("$ref")) {
      refs.add(node.get("$ref").asText().replace("#/$defs/", ""));
    }
    node.forEach(child -> collectRefs(child, refs));
  }
}
