package org.gatewaydoctor.facts.bundle;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
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

  private static final Pattern VERSION = Pattern.compile("(\\d{1,4})\\.(\\d{1,4})");
  // From the schema this tool writes: a constant of its own had stayed at 1.0 when the schema became
  // 1.1, so a misspelt field in a bundle of today's version passed with a warning instead of failing.
  private static final String OURS = FactBundle.SCHEMA_VERSION;
  private static final int OUR_MAJOR = Integer.parseInt(OURS.substring(0, OURS.indexOf('.')));
  private static final int OUR_MINOR = Integer.parseInt(OURS.substring(OURS.indexOf('.') + 1));

  private final ObjectMapper mapper = Json.newMapper();

  /** Reads and checks the bundle in {@code file}; a file over {@link #MAX_BYTES} is refused unread. */
  public LoadedBundle read(Path file) throws BundleException {
    String origin = file.toString();
    byte[] json;
    try {
      long size = Files.size(file);
      if (size > MAX_BYTES) {
        throw tooLarge(origin, size);
      }
      // Bounded even when the size lied (a growing file, a pipe).
      try (InputStream in = Files.newInputStream(file)) {
        json = in.readNBytes((int) MAX_BYTES + 1);
      }
    } catch (NoSuchFileException e) {
      throw new BundleException(origin + ": no such file; expected a fact bundle (JSON) there");
    } catch (IOException e) {
      String reason = e instanceof FileSystemException f && f.getReason() != null ? f.getReason() : e.getMessage();
      throw new BundleException(origin + ": cannot read the file (" + reason + "); expected a readable fact bundle");
    }
    return read(json, origin);
  }

  /** Reads and checks a bundle held in memory; {@code origin} names it in messages. */
  public LoadedBundle read(byte[] json, String origin) throws BundleException {
    if (json.length > MAX_BYTES) {
      throw tooLarge(origin, json.length);
    }
    JsonNode tree = JsonInput.read(mapper.readerFor(JsonNode.class), json, origin);
    String version = checkVersion(tree, origin);
    int minor = Integer.parseInt(version.substring(version.indexOf('.') + 1));
    ObjectReader reader = mapper.readerFor(FactBundle.class);
    List<String> warnings = List.of();
    if (minor > OUR_MINOR) {
      String why = "\" (bundle schema " + version + " is newer than " + OURS + "; a newer gateway-doctor added it)";
      warnings = UnknownFields.of(tree, FactBundle.class).stream()
          .map(at -> origin + ": at " + at + ": ignored unknown field \"" + fieldName(at) + why)
          .toList();
      reader = reader.without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }
    return new LoadedBundle(JsonInput.read(reader, json, origin), warnings);
  }

  /** The last segment of a JSON pointer, unescaped (RFC 6901 section 4). */
  private static String fieldName(String pointer) {
    return pointer.substring(pointer.lastIndexOf('/') + 1).replace("~1", "/").replace("~0", "~");
  }

  private static BundleException tooLarge(String origin, long bytes) {
    return new BundleException(String.format(Locale.ROOT, "%s: the file is %.1f MiB; expected a bundle of at most %d MiB",
        origin, bytes / (1024.0 * 1024), MAX_BYTES / (1024 * 1024)));
  }

  /** The bundle's {@code major.minor} schema version, when this reader understands it. */
  private static String checkVersion(JsonNode tree, String origin) throws BundleException {
    if (!tree.isObject()) {
      throw new BundleException(origin + ": at the top level: expected a JSON object (a fact bundle), got "
          + kind(tree));
    }
    JsonNode version = tree.get("schemaVersion");
    if (version == null) {
      throw new BundleException(origin + ": at /schemaVersion: missing; expected a version such as \""
          + OURS + "\" (is this a fact bundle?)");
    }
    Matcher m = version.isTextual() ? VERSION.matcher(version.asText()) : null;
    if (m == null || !m.matches()) {
      throw new BundleException(origin + ": at /schemaVersion: expected a string \"major.minor\" such as \""
          + OURS + "\", got " + oneLine(version.toString()));
    }
    int major = Integer.parseInt(m.group(1));
    if (major != OUR_MAJOR) {
      throw new BundleException(origin + ": at /schemaVersion: bundle schema " + version.asText()
          + " is not supported; expected " + OUR_MAJOR + ".x"
          + (major > OUR_MAJOR ? " (a newer gateway-doctor wrote it: upgrade to read it)" : ""));
    }
    return version.asText();
  }

  private static String kind(JsonNode node) {
    return switch (node.getNodeType()) {
      case ARRAY -> "an array";
      case STRING -> "a string";
      case NUMBER -> "a number";
      case BOOLEAN -> "true or false";
      default -> node.getNodeType().toString().toLowerCase(Locale.ROOT);
    };
  }

  private static String oneLine(String text) {
    String line = text.replaceAll("\\s+", " ");
    return line.length() > 40 ? line.substring(0, 40) + "..." : line;
  }
}
