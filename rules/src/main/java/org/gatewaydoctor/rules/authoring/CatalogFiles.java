package org.gatewaydoctor.rules.authoring;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gatewaydoctor.rules.catalog.CatalogLoader;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;

/**
 * The catalogue files in effect, each with its lines: the built-in ones, and those of a rule
 * directory laid over them the way {@link CatalogLoader} lays them (a list entry replaces the
 * built-in entry of its id, a map key replaces the built-in key).
 */
final class CatalogFiles {

  /** A list entry in effect, with the file it comes from. */
  record Entry(String id, YamlFile file, MappingNode node) {}

  /** A map value in effect, with the file it comes from. */
  record Pair(String key, YamlFile file, Node keyNode, Node value) {}

  private final Map<String, List<YamlFile>> byName = new LinkedHashMap<>();

  private CatalogFiles() {}

  /**
   * The built-in files, with the overlays of {@code dir} ({@code dir/catalog/} or {@code dir} itself,
   * as {@code Diagnoser.fromDirectory} reads them); {@code dir} null means the built-in ones alone.
   */
  static CatalogFiles read(Path dir) throws IOException {
    CatalogFiles files = new CatalogFiles();
    Path catalogDir = dir == null ? null : Files.isDirectory(dir.resolve("catalog")) ? dir.resolve("catalog") : dir;
    for (String name : CatalogLoader.FILES) {
      List<YamlFile> layers = new ArrayList<>();
      layers.add(YamlFile.parse("classpath:catalog/" + name, builtIn(name)));
      if (catalogDir != null && Files.isRegularFile(catalogDir.resolve(name))) {
        Path file = catalogDir.resolve(name);
        layers.add(YamlFile.parse(dir.relativize(file).toString().replace('\\', '/'), Files.readString(file)));
      }
      files.byName.put(name, layers);
    }
    return files;
  }

  private static String builtIn(String name) throws IOException {
    try (InputStream in = CatalogFiles.class.getClassLoader().getResourceAsStream("catalog/" + name)) {
      if (in == null) {
        throw new IOException("catalog/" + name + " is missing from the classpath (a broken build)");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** Every file read, built-in ones first. */
  List<YamlFile> all() {
    return byName.values().stream().flatMap(List::stream).toList();
  }

  /** The layers of one catalogue file ({@code causes.yaml}): the built-in file, then the overlay. */
  List<YamlFile> layers(String name) {
    return byName.getOrDefault(name, List.of());
  }

  /** The entries of a list file in effect, by id, in file order. */
  Map<String, Entry> entries(String name) {
    Map<String, Entry> out = new LinkedHashMap<>();
    for (YamlFile f : layers(name)) {
      for (MappingNode e : f.entries()) {
        String id = YamlFile.field(e, "id").map(YamlFile::scalar).orElse(null);
        if (id != null) {
          out.put(id, new Entry(id, f, e));
        }
      }
    }
    return out;
  }

  /** The pairs of a map file in effect, by key. */
  Map<String, Pair> pairs(String name) {
    Map<String, Pair> out = new LinkedHashMap<>();
    for (YamlFile f : layers(name)) {
      for (NodeTuple t : f.pairs()) {
        String key = YamlFile.scalar(t.getKeyNode());
        if (key != null) {
          out.put(key, new Pair(key, f, t.getKeyNode(), t.getValueNode()));
        }
      }
    }
    return out;
  }
}
