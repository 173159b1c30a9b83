package org.gatewaydoctor.probes.browser;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds Firefox profiles from {@code profiles.ini}: every {@code [ProfileN]} section's
 * {@code Path}, relative to the folder when {@code IsRelative=1} (with {@code /} separators on
 * every OS). Only when that file is missing or unreadable are sub-folders holding a
 * {@code prefs.js} taken instead.
 */
final class FirefoxProfiles {

  /**
   * The profile folders and, when {@code profiles.ini} could not be used, why.
   *
   * @param folders profile folders in {@code profiles.ini} order
   * @param note why the list came from a folder scan, or null
   */
  record Found(List<Path> folders, String note) {}

  private final ProfileFiles files;

  FirefoxProfiles(ProfileFiles files) {
    this.files = files;
  }

  Found find(Path root) {
    Path ini = root.resolve("profiles.ini");
    try {
      Set<Path> out = new LinkedHashSet<>();
      for (Map.Entry<String, Map<String, String>> s : IniFile.parse(files.lines(ini)).sections().entrySet()) {
        String path = s.getValue().get("Path");
        if (s.getKey().startsWith("Profile") && path != null && !path.isBlank()) {
          try {
            out.add(resolve(root, path, "1".equals(s.getValue().get("IsRelative"))));
          } catch (InvalidPathException e) {
            // a path written on another OS (C:\... read on Linux): no profile we can reach here
          }
        }
      }
      return new Found(List.copyOf(out), null);
    } catch (ProfileFileException e) {
      return new Found(scan(root), e.getMessage() + "; profiles found by folder scan");
    }
  }

  private static Path resolve(Path root, String path, boolean relative) {
    if (!relative) {
      return Path.of(path);
    }
    Path p = root;
    for (String part : path.split("[/\\\\]")) {
      if (!part.isEmpty() && !part.equals(".") && !part.equals("..")) {
        p = p.resolve(part);
      }
    }
    return p;
  }

  /** Folders up to two levels down ({@code Profiles/xyz.default} on Windows and macOS) with a {@code prefs.js}. */
  private static List<Path> scan(Path root) {
    List<Path> out = new ArrayList<>();
    scanInto(root, 2, out);
    out.sort(null);
    return out;
  }

  private static void scanInto(Path dir, int depth, List<Path> out) {
    try (DirectoryStream<Path> children = Files.newDirectoryStream(dir, Files::isDirectory)) {
      for (Path child : children) {
        if (Files.isRegularFile(child.resolve("prefs.js"))) {
          out.add(child);
        } else if (depth > 1) {
          scanInto(child, depth - 1, out);
        }
      }
    } catch (IOException e) {
      // an unlistable folder holds no profile we can read
    }
  }
}
