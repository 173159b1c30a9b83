package org.gatewaydoctor.facts.bundle;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gatewaydoctor.facts.Json;

/**
 * Reads fact bundles, refusing anything it cannot trust with one clear line (see
 * {@link BundleException}). Accepts bundles of its own major schema version; fields it does not
 * know are an error in a bundle of its own or an older minor version (most likely a typo) and a
 * warning in a newer minor one (a newer gateway-doctor added them). Thread-safe.
 */
public final class BundleReader {

  /** The largest bundle accepted, in bytes: {@value} (16 MiB; a live run writes well under 1 MiB). */
  public static final long MAX_BYTES = 16L * 1024 * 1024;

  private static final Pattern VERSION = Pattern.compile("(\\d+)\\.(\\d+)");
  private static final int OUR_MAJOR = 1;
  private static final int OUR_MINOR = 0;

  private final ObjectMapper mapper = Json.newMapper();

  /** Reads and checks the bundle in {@code file}. */
  public LoadedBundle read(Path file) throws BundleException {
    String origin = file.toString();
    try {
      long size = Files.size(file);
      if (size > MAX_BYTES) {
        throw new BundleException(String.format(Locale.ROOT, "%s: the file is %.1f MB; a bundle may be at most %d MB",
            origin, size / 1e6, MAX_BYTES / (1024 * 1024)));
      }
      return read(Files.readAllBytes(file), origin);
    } catch (NoSuchFileException e) {
      throw new BundleException(origin + ": no such file");
    } catch (IOException e) {
      throw new BundleException(origin + ": cannot read the file (" + e.getMessage() + ")");
    }
  }

  /** Reads and checks a bundle held in memory; {@code origin} names it in messages. */
  public LoadedBundle read(byte[] json, String origin) throws BundleException {
    if (json.length > MAX_BYTES) {
      throw new BundleException(String.format(Locale.ROOT, "%s: the document is %.1f MB; a bundle may be at most %d MB",
          origin, json.length / 1e6, MAX_BYTES / (1024 * 1024)));
    }
    if (json.length == 0) {
      throw new BundleException(origin + ": the file is empty; expected a JSON fact bundle");
    }
    JsonNode tree;
    try {
      tree = mapper.readTree(json);
    } catch (JsonProcessingException e) {
      throw new BundleException(JsonInputError.describe(origin, e), e);
    } catch (IOException e) {
      throw new BundleException(origin + ": cannot read the document (" + e.getMessage() + ")", e);
    }
    int minor = checkVersion(tree, origin);
    List<String> warnings = new ArrayList<>();
    ObjectReader reader = mapper.readerFor(FactBundle.class);
    if (minor > OUR_MINOR) {
      reader = reader.without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).withHandler(new Tolerant(warnings));
    }
    try {
      FactBundle bundle = reader.readValue(json);
      return new LoadedBundle(bundle, warnings.stream().map(w -> origin + ": " + w).toList());
    } catch (JsonProcessingException e) {
      throw new BundleException(JsonInputError.describe(origin, e), e);
    } catch (IOException e) {
      throw new BundleException(origin + ": cannot read the document (" + e.getMessage() + ")", e);
    }
  }

  private static int checkVersion(JsonNode tree, String origin) throws BundleException {
    if (!tree.isObject()) {
      throw new BundleException(origin + ": expected a JSON object (a fact bundle), got " + kind(tree));
    }
    JsonNode version = tree.get("schemaVersion");
    if (version == null) {
      throw new BundleException(origin + ": at /schemaVersion: missing; expected a version such as \""
          + OUR_MAJOR + "." + OUR_MINOR + "\" (is this a fact bundle?)");
    }
    Matcher m = version.isTextual() ? VERSION.matcher(version.asText()) : null;
    if (m == null || !m.matches()) {
      throw new BundleException(origin + ": at /schemaVersion: expected a string \"major.minor\" such as \""
          + OUR_MAJOR + "." + OUR_MINOR + "\", got " + version);
    }
    int major = Integer.parseInt(m.group(1));
    if (major != OUR_MAJOR) {
      throw new BundleException(origin + ": at /schemaVersion: bundle schema " + version.asText()
          + " is not supported; this gateway-doctor reads " + OUR_MAJOR + ".x bundles"
          + (major > OUR_MAJOR ? " (upgrade gateway-doctor)" : ""));
    }
    return Integer.parseInt(m.group(2));
  }

  private static String kind(JsonNode node) {
    return node.isArray() ? "an array" : node.isTextual() ? "a string" : node.isNumber() ? "a number" : node.getNodeType()
        .toString().toLowerCase(Locale.ROOT);
  }

  /** Skips fields a newer minor version added, and says which. */
  private static final class Tolerant extends DeserializationProblemHandler {
    private final List<String> warnings;

    Tolerant(List<String> warnings) {
      this.warnings = warnings;
    }

    @Override
    public boolean handleUnknownProperty(DeserializationContext ctxt, JsonParser p, JsonDeserializer<?> deserializer,
        Object beanOrClass, String propertyName) throws IOException {
      String at = p.getParsingContext().getParent() == null ? "" : pathOf(p);
      warnings.add("ignored field \"" + propertyName + "\"" + (at.isEmpty() ? "" : " at " + at)
          + " (from a newer bundle version)");
      p.skipChildren();
      return true;
    }

    private static String pathOf(JsonParser p) {
      return p.getParsingContext().pathAsPointer().toString();
    }
  }
}
