package org.gatewaydoctor.rules.catalog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.zip.CRC32;
import org.gatewaydoctor.facts.bundle.JsonInputError;
import org.gatewaydoctor.facts.service.ServiceProfiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the catalogue: the built-in YAML files on the classpath ({@code catalog/*.yaml}), optionally
 * overlaid with same-named files from an external directory. In an overlay, a list entry with the
 * {@code id} of a built-in entry replaces it, one with a new id is added; a map key replaces or adds
 * its value. Entries cannot be removed, so the seed causes and solutions always exist. Service
 * profiles are not part of these files: they are facts' built-in profiles, which a configuration
 * file extends ({@link Catalog#withServices}).
 */
public final class CatalogLoader {

  /** The catalogue files, in the order they are read. */
  public static final List<String> FILES = List.of("causes.yaml", "solutions.yaml", "findings.yaml", "verdicts.yaml",
      "thresholds.yaml", "fingerprints.yaml", "extensions.yaml", "browsers.yaml",
      "uniform-failures.yaml");

  private static final Logger LOG = LoggerFactory.getLogger(CatalogLoader.class);

  /** Where service profiles went: a rule directory holding this file is told so. */
  private static final String SERVICES = "services.yaml";

  /** Made on first use: the generated built-in catalogue needs no YAML reader, and making one loads Jackson. */
  private ObjectMapper yaml;

  /**
   * The built-in catalogue: the form the build generated from the YAML files (checked at build time,
   * {@link CatalogSourceWriter}) while the YAML resources are still those it was made from, otherwise
   * the YAML files themselves, as {@code load(null)}.
   */
  public Catalog builtIn() throws CatalogException {
    long start = System.nanoTime(); // for the log line only
    Catalog prebuilt = prebuilt();
    if (prebuilt == null) {
      return load(null);
    }
    LOG.debug("catalogue loaded: {} causes, {} solutions, {} products, {} service profiles, generated at build time,"
        + " in {} ms", prebuilt.causes().size(), prebuilt.solutions().size(), prebuilt.products().size(),
        prebuilt.services().size(), (System.nanoTime() - start) / 1_000_000);
    return prebuilt;
  }

  /**
   * The catalogue the build generated, or null when there is none (a build that skipped the step, such
   * as an IDE's) or the YAML resources changed since it was generated. Visible for testing.
   */
  static Catalog prebuilt() throws CatalogException {
    Class<?> generated;
    try {
      generated = Class.forName(CatalogLoader.class.getPackageName() + "." + CatalogSourceWriter.CLASS, false,
          CatalogLoader.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      LOG.debug("no catalogue generated at build time; reading the YAML files");
      return null;
    }
    try {
      String digest = (String) generated.getDeclaredField("DIGEST").get(null);
      if (!digest.equals(digest())) {
        LOG.debug("the catalogue generated at build time is older than the YAML files; reading the YAML files");
        return null;
      }
      @SuppressWarnings("unchecked")
      Supplier<Catalog> form = (Supplier<Catalog>) generated.getDeclaredConstructor().newInstance();
      return form.get();
    } catch (ReflectiveOperationException | ClassCastException e) {
      throw new IllegalStateException("the catalogue generated at build time is unusable (a broken build): " + e, e);
    }
  }

  /**
   * A digest of the built-in YAML resources, names and contents, with facts' built-in service profiles:
   * the generated catalogue holds the one it was made from. CRC-32, not a cryptographic hash: it
   * detects edits, not attacks, and costs no security provider at start-up.
   */
  static String digest() throws CatalogException {
    CRC32 crc = new CRC32();
    for (String file : FILES) {
      crc.update(file.getBytes(StandardCharsets.UTF_8));
      crc.update(readResource("catalog/" + file));
    }
    crc.update(ServiceProfiles.BUILT_IN.getBytes(StandardCharsets.UTF_8));
    crc.update(readResource(ServiceProfiles.BUILT_IN));
    return Long.toHexString(crc.getValue());
  }

  /**
   * The built-in catalogue overlaid with the files in {@code overlayDir} (a directory holding some of
   * {@link #FILES}); {@code null} means none.
   */
  public Catalog load(Path overlayDir) throws CatalogException {
    long start = System.nanoTime(); // for the log line only
    if (overlayDir != null && Files.isRegularFile(overlayDir.resolve(SERVICES))) {
      throw new CatalogException(overlayDir.resolve(SERVICES) + ": service profiles are configuration now, not "
          + "rules; move its entries to the services: list of a configuration file (gateway-doctor --config FILE, "
          + "see docs/cli.md)");
    }
    Map<String, JsonNode> trees = new LinkedHashMap<>();
    for (String file : FILES) {
      JsonNode tree = readBuiltIn(file);
      if (overlayDir != null && Files.isRegularFile(overlayDir.resolve(file))) {
        tree = overlay(tree, readFile(overlayDir.resolve(file)), file);
      }
      trees.put(file, tree);
    }
    Catalog catalog = new Catalog(
        bind(trees, "causes.yaml", new TypeReference<List<CauseDef>>() {}),
        bind(trees, "solutions.yaml", new TypeReference<List<SolutionDef>>() {}),
        bind(trees, "findings.yaml", new TypeReference<Map<String, String>>() {}),
        bind(trees, "verdicts.yaml", new TypeReference<Map<String, String>>() {}),
        bind(trees, "thresholds.yaml", new TypeReference<Map<String, Double>>() {}),
        products(bind(trees, "fingerprints.yaml", new TypeReference<List<ProductSpec>>() {})),
        ServiceProfiles.builtIn().all(),
        bind(trees, "extensions.yaml", new TypeReference<List<ProblemExtension>>() {}),
        releases(bind(trees, "browsers.yaml", new TypeReference<Map<String, Map<Integer, String>>>() {})),
        bind(trees, "uniform-failures.yaml", new TypeReference<List<UniformFailure>>() {}));
    new CatalogValidator().check(catalog);
    LOG.debug("catalogue loaded: {} causes, {} solutions, {} products, {} service profiles from the class path{} in {} ms",
        catalog.causes().size(), catalog.solutions().size(), catalog.products().size(), catalog.services().size(),
        overlayDir == null ? "" : " with the overlay " + overlayDir, (System.nanoTime() - start) / 1_000_000);
    return catalog;
  }

  private JsonNode readBuiltIn(String file) throws CatalogException {
    String resource = "catalog/" + file;
    return parse(readResource(resource), resource);
  }

  private static byte[] readResource(String resource) throws CatalogException {
    try (InputStream in = CatalogLoader.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new CatalogException(resource + ": missing from the classpath (a broken build)");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new CatalogException(resource + ": cannot read (" + e.getMessage() + ")", e);
    }
  }

  private JsonNode readFile(Path file) throws CatalogException {
    try {
      return parse(Files.readAllBytes(file), file.toString());
    } catch (IOException e) {
      throw new CatalogException(file + ": cannot read (" + e.getMessage() + ")", e);
    }
  }

  private JsonNode parse(byte[] bytes, String origin) throws CatalogException {
    try {
      JsonNode tree = yaml().readTree(bytes);
      if (tree == null || tree.isMissingNode() || tree.isNull()) {
        throw new CatalogException(origin + ": the file is empty");
      }
      return tree;
    } catch (JsonProcessingException e) {
      throw new CatalogException(JsonInputError.describe(origin, e), e);
    } catch (IOException e) {
      throw new CatalogException(origin + ": cannot read (" + e.getMessage() + ")", e);
    }
  }

  private ObjectMapper yaml() {
    if (yaml == null) {
      yaml = new ObjectMapper(new YAMLFactory())
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
    }
    return yaml;
  }

  private static JsonNode overlay(JsonNode base, JsonNode over, String file) throws CatalogException {
    if (base.isArray() && over.isArray()) {
      ArrayNode merged = ((ArrayNode) base).deepCopy();
      for (JsonNode entry : over) {
        JsonNode id = entry.get("id");
        if (id == null || !id.isTextual()) {
          throw new CatalogException(file + " (overlay): every entry needs an id, got " + entry);
        }
        int at = indexOfId(merged, id.asText());
        if (at >= 0) {
          merged.set(at, entry);
        } else {
          merged.add(entry);
        }
      }
      return merged;
    }
    if (base.isObject() && over.isObject()) {
      ObjectNode merged = ((ObjectNode) base).deepCopy();
      over.fields().forEachRemaining(e -> merged.set(e.getKey(), e.getValue()));
      return merged;
    }
    throw new CatalogException(file + " (overlay): expected " + (base.isArray() ? "a list" : "a map")
        + " like the built-in file, got " + over.getNodeType().toString().toLowerCase(java.util.Locale.ROOT));
  }

  private static int indexOfId(ArrayNode list, String id) {
    for (int i = 0; i < list.size(); i++) {
      JsonNode entryId = list.get(i).get("id");
      if (entryId != null && entryId.asText().equals(id)) {
        return i;
      }
    }
    return -1;
  }

  private <T> T bind(Map<String, JsonNode> trees, String file, TypeReference<T> type) throws CatalogException {
    try {
      return yaml().readerFor(type).readValue(trees.get(file));
    } catch (JsonProcessingException e) {
      throw new CatalogException("catalog/" + file + ": at " + JsonInputError.pointer(e) + ": "
          + firstLine(e.getOriginalMessage()), e);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new CatalogException("catalog/" + file + ": " + e.getMessage(), e);
    } catch (IOException e) {
      throw new CatalogException("catalog/" + file + ": " + e.getMessage(), e);
    }
  }

  private static List<ProductDef> products(List<ProductSpec> specs) throws CatalogException {
    List<ProductDef> products = new ArrayList<>();
    for (ProductSpec s : specs) {
      try {
        List<FingerprintSignal> signals = s.signals() == null ? List.of() : s.signals().stream()
            .map(g -> new FingerprintSignal(s.id(), g.where(), g.header(), g.pattern(), g.generated(), g.weight(),
                g.fault() == null && g.meaning() == null ? null : new CodeMeaning(g.meaning(), g.fault()),
                g.unique() == null || g.unique(), g.example()))
            .toList();
        products.add(new ProductDef(s.id(), s.name(), s.role(), s.operator(), signals, s.codes(), s.source(),
            s.signsOwnErrors() == null || s.signsOwnErrors()));
      } catch (IllegalArgumentException | NullPointerException e) {
        throw new CatalogException("catalog/fingerprints.yaml: product " + s.id() + ": " + e.getMessage(), e);
      }
    }
    return products;
  }

  private static List<BrowserRelease> releases(Map<String, Map<Integer, String>> byBrowser) {
    List<BrowserRelease> releases = new ArrayList<>();
    byBrowser.forEach((browser, majors) -> majors.forEach((major, date) ->
        releases.add(new BrowserRelease(browser, major, date))));
    return releases;
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "invalid value";
    }
    int nl = message.indexOf('\n');
    return nl < 0 ? message : message.substring(0, nl);
  }

  /** A product as written in fingerprints.yaml (signals without their product id). */
  record ProductSpec(String id, String name, String role, String operator, String source, List<SignalSpec> signals,
      Map<Integer, CodeMeaning> codes, Boolean signsOwnErrors) {}

  /** A signal as written in fingerprints.yaml. */
  record SignalSpec(String where, String header, String pattern, boolean generated, double weight, String fault,
      String meaning, Boolean unique, String example) {}
}
