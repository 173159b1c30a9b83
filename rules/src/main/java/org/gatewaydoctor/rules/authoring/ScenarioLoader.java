package org.gatewaydoctor.rules.authoring;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.gatewaydoctor.facts.bundle.BundleException;
import org.gatewaydoctor.facts.bundle.BundleReader;
import org.gatewaydoctor.facts.bundle.FactBundle;
import org.gatewaydoctor.facts.bundle.JsonInputError;

/**
 * Reads scenario files (docs/scenarios.md): YAML with {@code name}, {@code description}, an inline
 * {@code bundle} (the fact bundle's JSON fields written as YAML) or a {@code bundleFile}, optional
 * {@code use} fragments whose observations and probe outcomes are appended, and {@code expect}.
 * The bundle goes through the same strict {@link BundleReader} as a saved bundle, so a scenario can
 * only hold what a real bundle can. Thread-safe.
 */
public final class ScenarioLoader {

  /** The folder, next to the scenarios, that holds fragments: {@value}. */
  public static final String FRAGMENTS = "fragments";

  /** Where the built-in fragments are on the class path, for a fragment not next to its scenario: {@value}. */
  public static final String BUILT_IN_FRAGMENTS = "scenarios/fragments/";

  private static final Set<String> FIELDS = Set.of("name", "description", "use", "bundle", "bundleFile", "expect");
  private static final Set<String> FRAGMENT_FIELDS = Set.of("description", "observations", "probes");

  private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
  private final ObjectMapper json = new ObjectMapper();
  private final BundleReader bundles = new BundleReader();

  /** Every scenario ({@code *.yaml}) directly in {@code dir}, sorted by file name. */
  public List<Scenario> loadAll(Path dir) throws ScenarioException {
    List<Path> files;
    try (Stream<Path> list = Files.list(dir)) {
      files = list.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(".yaml")).sorted().toList();
    } catch (IOException e) {
      throw new ScenarioException(dir + ": cannot list scenarios (" + e.getMessage() + ")", e);
    }
    List<Scenario> scenarios = new ArrayList<>();
    for (Path f : files) {
      scenarios.add(load(f));
    }
    return scenarios;
  }

  /** The scenario in {@code file}. */
  public Scenario load(Path file) throws ScenarioException {
    JsonNode root = readYaml(file);
    if (!root.isObject()) {
      throw new ScenarioException(file + ": expected a mapping with name, bundle and expect");
    }
    for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
      String field = it.next();
      if (!FIELDS.contains(field)) {
        throw new ScenarioException(file + ": unknown field \"" + field + "\"; expected one of " + FIELDS);
      }
    }
    String id = file.getFileName().toString().replaceFirst("\\.yaml$", "");
    String name = text(root, "name", file, true);
    ObjectNode bundle = bundleTree(root, file);
    for (JsonNode use : root.path("use")) {
      mergeFragment(bundle, use.asText(), file);
    }
    bundle.putIfAbsent("schemaVersion", bundle.textNode(FactBundle.SCHEMA_VERSION));
    bundle.putIfAbsent("tool", bundle.textNode("scenario " + id));
    FactBundle factBundle;
    try {
      factBundle = bundles.read(json.writeValueAsBytes(bundle), file + " (bundle)").bundle();
    } catch (BundleException | JsonProcessingException e) {
      throw new ScenarioException(e.getMessage(), e);
    }
    JsonNode expect = root.get("expect");
    if (expect == null || !expect.isObject()) {
      throw new ScenarioException(file + ": needs an expect mapping (what the diagnosis must say)");
    }
    Expectations expectations;
    try {
      expectations = yaml.treeToValue(expect, Expectations.class);
    } catch (JsonProcessingException e) {
      throw new ScenarioException(file + ": in expect at " + JsonInputError.pointer(e) + ": " + firstLine(e.getOriginalMessage()), e);
    }
    return new Scenario(id, name, text(root, "description", file, false), factBundle, expectations);
  }

  private ObjectNode bundleTree(JsonNode root, Path file) throws ScenarioException {
    JsonNode inline = root.get("bundle");
    JsonNode ref = root.get("bundleFile");
    if ((inline == null) == (ref == null)) {
      throw new ScenarioException(file + ": needs exactly one of bundle (inline) and bundleFile (a path)");
    }
    if (inline != null) {
      if (!inline.isObject()) {
        throw new ScenarioException(file + ": bundle must be a mapping (the fact bundle's fields)");
      }
      return ((ObjectNode) inline).deepCopy();
    }
    Path bundleFile = file.resolveSibling(ref.asText());
    try {
      JsonNode tree = json.readTree(Files.readAllBytes(bundleFile));
      if (!tree.isObject()) {
        throw new ScenarioException(bundleFile + ": expected a fact bundle (a JSON object)");
      }
      return (ObjectNode) tree;
    } catch (IOException e) {
      throw new ScenarioException(file + ": cannot read bundleFile " + bundleFile + " (" + e.getMessage() + ")", e);
    }
  }

  /** Appends fragment {@code name}: the file in {@code fragments/} next to the scenario, else the built-in one. */
  private void mergeFragment(ObjectNode bundle, String name, Path scenario) throws ScenarioException {
    Path fragmentFile = scenario.resolveSibling(FRAGMENTS).resolve(name + ".yaml");
    JsonNode fragment;
    if (Files.isRegularFile(fragmentFile)) {
      fragment = readYaml(fragmentFile);
    } else {
      try (InputStream in = ScenarioLoader.class.getClassLoader().getResourceAsStream(BUILT_IN_FRAGMENTS + name + ".yaml")) {
        if (in == null) {
          throw new ScenarioException(scenario + ": uses fragment " + name + ", which is neither in "
              + fragmentFile.getParent() + " nor a built-in fragment");
        }
        fragment = yaml.readTree(in.readAllBytes());
      } catch (IOException e) {
        throw new ScenarioException(scenario + ": cannot read the built-in fragment " + name + " (" + e.getMessage() + ")", e);
      }
    }
    for (Iterator<String> it = fragment.fieldNames(); it.hasNext(); ) {
      String field = it.next();
      if (!FRAGMENT_FIELDS.contains(field)) {
        throw new ScenarioException(fragmentFile + ": unknown field \"" + field + "\"; expected one of " + FRAGMENT_FIELDS);
      }
    }
    ObjectNode observations = bundle.with("observations");
    for (Iterator<String> it = fragment.path("observations").fieldNames(); it.hasNext(); ) {
      String kind = it.next();
      ArrayNode target = observations.withArray(kind);
      fragment.path("observations").get(kind).forEach(target::add);
    }
    // A probe the scenario itself lists keeps the scenario's outcome.
    ArrayNode probes = bundle.withArray("probes");
    Set<String> present = new HashSet<>();
    probes.forEach(p -> present.add(p.path("id").asText()));
    for (JsonNode p : fragment.path("probes")) {
      if (present.add(p.path("id").asText())) {
        probes.add(p);
      }
    }
  }

  private JsonNode readYaml(Path file) throws ScenarioException {
    try {
      JsonNode tree = yaml.readTree(Files.readAllBytes(file));
      if (tree == null || tree.isMissingNode() || tree.isNull()) {
        throw new ScenarioException(file + ": the file is empty");
      }
      return tree;
    } catch (JsonProcessingException e) {
      throw new ScenarioException(JsonInputError.describe(file.toString(), e), e);
    } catch (IOException e) {
      throw new ScenarioException(file + ": cannot read (" + e.getMessage() + ")", e);
    }
  }

  private static String text(JsonNode root, String field, Path file, boolean required) throws ScenarioException {
    JsonNode n = root.get(field);
    if (n == null || n.isNull()) {
      if (required) {
        throw new ScenarioException(file + ": needs a " + field);
      }
      return null;
    }
    if (!n.isTextual()) {
      throw new ScenarioException(file + ": " + field + " must be text");
    }
    return n.asText().trim();
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "invalid value";
    }
    int nl = message.indexOf('\n');
    return nl < 0 ? message : message.substring(0, nl);
  }
}
