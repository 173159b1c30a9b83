package org.gatewaydoctor.facts.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The schemas and examples under {@code docs/}, and a draft 2020-12 validator for them. */
final class DocsFiles {

  static final Path DOCS = findDocs();
  static final Path BUNDLE_SCHEMA = DOCS.resolve("schema/fact-bundle.schema.json");
  static final Path REPORT_SCHEMA = DOCS.resolve("schema/report.schema.json");
  static final Path EXAMPLES = DOCS.resolve("examples");

  private static final ObjectMapper PLAIN = new ObjectMapper();

  private DocsFiles() {}

  /** The parsed JSON in {@code file}. */
  static JsonNode tree(Path file) {
    try {
      return PLAIN.readTree(file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The schema in {@code file}, ready to validate. Formats (date-time, json-pointer) are asserted,
   * not only annotated, so that examples get them right; nothing is ever fetched from the network.
   */
  static Schema schema(Path file) {
    SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12, b -> b
        .schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build())
        .schemaLoader(loader -> loader.fetchRemoteResources(false)));
    return registry.getSchema(tree(file));
  }

  /** The draft 2020-12 meta-schema, from the validator's own copy. */
  static Schema metaSchema() {
    SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
        b -> b.schemaLoader(loader -> loader.fetchRemoteResources(false)));
    return registry.getSchema(SchemaLocation.of(SpecificationVersion.DRAFT_2020_12.getDialectId()));
  }

  /** Every violation of {@code schema} in {@code document}, as "pointer: message". */
  static List<String> violations(Schema schema, JsonNode document) {
    return schema.validate(document).stream().map(DocsFiles::describe).toList();
  }

  /** The files under {@code docs/examples} whose names end with {@code suffix}, sorted. */
  static List<Path> examples(String suffix) {
    try (Stream<Path> files = Files.list(EXAMPLES)) {
      return files.filter(f -> f.getFileName().toString().endsWith(suffix)).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String describe(Error error) {
    return error.getInstanceLocation() + ": " + error.getMessage();
  }

  /** The repository's docs folder, from the module folder Maven runs tests in or from the top. */
  private static Path findDocs() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isDirectory(dir.resolve("docs/schema"))) {
        return dir.resolve("docs");
      }
    }
    throw new IllegalStateException("no docs/schema above " + Path.of("").toAbsolutePath());
  }
}
