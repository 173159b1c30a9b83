package org.gatewaydoctor.rules.authoring;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

/**
 * {@code rules list --causes} and its siblings: the catalogue entries in effect (built-in, or with a
 * rule directory's overlays), each with the file and line that defines it, so that a rule author
 * finds what to copy or change.
 */
public final class CatalogListing {

  /** The built-in service profiles, in the facts module (a configuration file adds more). */
  private static final String SERVICES = "org/gatewaydoctor/facts/service/services.yaml";

  /** What to list. */
  public enum Kind {
    CAUSES("causes.yaml", "title"),
    SOLUTIONS("solutions.yaml", "title"),
    FINGERPRINTS("fingerprints.yaml", "name"),
    THRESHOLDS("thresholds.yaml", null);

    private final String file;
    private final String textField;

    Kind(String file, String textField) {
      this.file = file;
      this.textField = textField;
    }
  }

  /**
   * One entry.
   *
   * @param id its id (a threshold's key)
   * @param text its title, a product's name, a threshold's value
   * @param file the file defining it: a path (in a rule directory) or {@code classpath:...}
   * @param line the 1-based line of its entry
   */
  public record Entry(String id, String text, String file, int line) {
    public Entry {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(file, "file");
    }

    /** {@code file:line}. */
    public String where() {
      return file + ":" + line;
    }
  }

  private CatalogListing() {}

  /**
   * The entries of {@code kind} in effect with {@code dir} laid over the built-in catalogue
   * ({@code dir} null: the built-in one), in file order, overridden built-in entries left out.
   *
   * @throws IOException when the directory's files cannot be read
   */
  public static List<Entry> of(Kind kind, Path dir) throws IOException {
    CatalogFiles files = CatalogFiles.read(dir);
    List<Entry> out = new ArrayList<>();
    if (kind == Kind.THRESHOLDS) {
      files.pairs(kind.file).values().forEach(p ->
          out.add(entry(p.key(), YamlFile.scalar(p.value()), p.file(), p.keyNode(), dir)));
    } else {
      files.entries(kind.file).values().forEach(e ->
          out.add(entry(e.id(), text(e.node(), kind.textField), e.file(), e.node(), dir)));
    }
    return out;
  }

  /** The built-in service profiles, each with its line in the facts module's {@code services.yaml}. */
  public static List<Entry> builtInServices() throws IOException {
    String text;
    try (InputStream in = CatalogListing.class.getClassLoader().getResourceAsStream(SERVICES)) {
      if (in == null) {
        throw new IOException(SERVICES + " is missing from the classpath (a broken build)");
      }
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    YamlFile file = YamlFile.parse("classpath:" + SERVICES, text);
    List<Entry> out = new ArrayList<>();
    for (MappingNode e : file.entries()) {
      YamlFile.field(e, "id").map(YamlFile::scalar)
          .ifPresent(id -> out.add(entry(id, text(e, "name"), file, e, null)));
    }
    return out;
  }

  private static String text(MappingNode node, String field) {
    return YamlFile.field(node, field).map(YamlFile::scalar).orElse("");
  }

  private static Entry entry(String id, String text, YamlFile file, Node node, Path dir) {
    String where = dir == null || file.label().startsWith("classpath:") ? file.label()
        : dir.resolve(file.label()).toString();
    return new Entry(id, text == null ? "" : text, where, node.getStartMark().getLine() + 1);
  }

  /** The option name of a kind, for messages: {@code --causes}. */
  public static String option(Kind kind) {
    return "--" + kind.name().toLowerCase(Locale.ROOT);
  }
}
