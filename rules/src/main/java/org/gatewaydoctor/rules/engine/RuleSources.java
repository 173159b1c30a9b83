package org.gatewaydoctor.rules.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Finds rule files: the built-in DRL shipped with this module, and those of an external rule
 * directory. An external file with the same file name as a built-in one ({@code dns.drl}) replaces
 * it; any other is added.
 */
public final class RuleSources {

  /** Where the built-in DRL lives on the classpath. */
  public static final String BUILT_IN_ROOT = "org/gatewaydoctor/rules/";

  /** The built-in DRL files, by classpath path, sorted. */
  public Map<String, String> builtIn() {
    Map<String, String> files = new TreeMap<>();
    Path location;
    try {
      location = Path.of(RuleSources.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException("cannot locate the built-in rules", e);
    }
    try {
      if (Files.isDirectory(location)) {
        Path root = location.resolve(BUILT_IN_ROOT);
        try (Stream<Path> walk = Files.walk(root)) {
          for (Path p : walk.filter(f -> f.toString().endsWith(".drl")).toList()) {
            files.put(location.relativize(p).toString().replace('\\', '/'), Files.readString(p));
          }
        }
      } else {
        try (ZipFile jar = new ZipFile(location.toFile())) {
          Enumeration<? extends ZipEntry> entries = jar.entries();
          while (entries.hasMoreElements()) {
            ZipEntry e = entries.nextElement();
            if (e.getName().startsWith(BUILT_IN_ROOT) && e.getName().endsWith(".drl")) {
              try (InputStream in = jar.getInputStream(e)) {
                files.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
              }
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the built-in rules from " + location, e);
    }
    return files;
  }

  /**
   * The built-in files with those of {@code dir} laid over them.
   *
   * @throws IOException when the directory cannot be read
   */
  public Map<String, String> withDirectory(Path dir) throws IOException {
    Map<String, String> files = builtIn();
    Map<String, String> external = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.filter(f -> Files.isRegularFile(f) && f.toString().endsWith(".drl")).sorted().toList()) {
        external.put(dir.relativize(p).toString().replace('\\', '/'), Files.readString(p));
      }
    }
    external.forEach((path, text) -> {
      String name = path.substring(path.lastIndexOf('/') + 1);
      files.keySet().removeIf(builtInPath -> builtInPath.endsWith("/" + name));
      files.put(path, text);
    });
    return files;
  }
}
