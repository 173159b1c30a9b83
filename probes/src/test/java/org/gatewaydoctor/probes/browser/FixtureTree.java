package org.gatewaydoctor.probes.browser;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * Copies a hand-written fixture tree from {@code src/test/resources/browser/<name>} into a
 * temporary folder, turning reviewable text into the binary files browsers write: {@code X.sql}
 * becomes the SQLite database {@code X}, {@code X.hex} the bytes it spells ({@code #} comments
 * allowed), and {@code .keep} files (which only keep empty folders in git) are dropped.
 */
final class FixtureTree {

  private FixtureTree() {}

  static Path copy(String name, Path target) throws IOException {
    URL url = FixtureTree.class.getResource("/browser/" + name);
    if (url == null) {
      throw new IllegalArgumentException("no fixture tree browser/" + name + " on the test classpath");
    }
    Path source;
    try {
      source = Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    List<Path> all;
    try (Stream<Path> walk = Files.walk(source)) {
      all = walk.toList();
    }
    for (Path from : all) {
      Path to = target.resolve(source.relativize(from).toString());
      String file = from.getFileName().toString();
      if (Files.isDirectory(from)) {
        Files.createDirectories(to);
      } else if (file.equals(".keep")) {
        continue;
      } else if (file.endsWith(".sql")) {
        database(from, strip(to, ".sql"));
      } else if (file.endsWith(".hex")) {
        Files.write(strip(to, ".hex"), hex(Files.readString(from)));
      } else {
        Files.copy(from, to);
      }
    }
    return target;
  }

  private static Path strip(Path p, String suffix) {
    String n = p.getFileName().toString();
    return p.resolveSibling(n.substring(0, n.length() - suffix.length()));
  }

  private static byte[] hex(String text) {
    StringBuilder digits = new StringBuilder();
    for (String line : text.split("\n")) {
      int hash = line.indexOf('#');
      digits.append((hash < 0 ? line : line.substring(0, hash)).replaceAll("\\s", ""));
    }
    return HexFormat.of().parseHex(digits);
  }

  /** Runs the script's statements (one per {@code ;} at a line end) into a new database. */
  private static void database(Path script, Path db) throws IOException {
    String sql = Files.readString(script, StandardCharsets.UTF_8);
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
      for (String statement : sql.split(";\\s*\n")) {
        String body = statement.lines().filter(l -> !l.strip().startsWith("--")).reduce("", (a, b) -> a + "\n" + b).strip();
        if (!body.isEmpty()) {
          s.executeUpdate(body);
        }
      }
    } catch (SQLException e) {
      throw new IOException("fixture " + script.getFileName() + " is not valid SQL: " + e.getMessage(), e);
    }
  }
}
