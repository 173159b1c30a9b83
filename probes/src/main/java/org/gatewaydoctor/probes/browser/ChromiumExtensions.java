package org.gatewaydoctor.probes.browser;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.gatewaydoctor.facts.browser.BrowserExtension;

/**
 * The extensions a Chromium profile has installed, from {@code extensions.settings} in
 * {@code Preferences} and {@code Secure Preferences} (Chrome keeps them in the latter on Windows
 * and macOS), with name and version from the stored or on-disk {@code manifest.json}.
 */
final class ChromiumExtensions {

  /**
   * Chromium's ManifestLocation values for parts of the browser itself (COMPONENT = 5,
   * EXTERNAL_COMPONENT = 10), such as the PDF viewer: not something a user installed.
   */
  private static final Set<Integer> BUILT_IN_LOCATIONS = Set.of(5, 10);

  private final ProfileFiles files;

  ChromiumExtensions(ProfileFiles files) {
    this.files = files;
  }

  /** The installed extensions, ordered by id; {@code settings} are {@code extensions.settings} objects. */
  List<BrowserExtension> list(List<JsonNode> settings, Path profileDir) {
    Map<String, JsonNode> byId = new TreeMap<>();
    for (JsonNode s : settings) {
      for (Map.Entry<String, JsonNode> e : s.properties()) {
        if (e.getValue().isObject()) {
          byId.merge(e.getKey(), e.getValue(), (a, b) -> a.size() >= b.size() ? a : b);
        }
      }
    }
    List<BrowserExtension> out = new ArrayList<>();
    byId.forEach((id, entry) -> {
      if (!BUILT_IN_LOCATIONS.contains(entry.path("location").asInt(-1))) {
        out.add(extension(id, entry, profileDir));
      }
    });
    return out;
  }

  private BrowserExtension extension(String id, JsonNode entry, Path profileDir) {
    Path dir = installDir(entry.path("path").asText(""), profileDir);
    JsonNode manifest = entry.path("manifest");
    if (!manifest.isObject() && dir != null && Files.isRegularFile(dir.resolve("manifest.json"))) {
      try {
        manifest = files.json(dir.resolve("manifest.json"));
      } catch (ProfileFileException e) {
        manifest = null; // name and version stay unknown; the extension is still listed
      }
    }
    String name = manifest == null ? null : text(manifest.path("name"));
    String version = manifest == null ? null : text(manifest.path("version"));
    if (version == null && dir != null && !entry.path("path").asText("").isEmpty()) {
      version = versionFolder(dir.getFileName().toString());
    }
    if (name != null && dir != null) {
      name = new ExtensionMessages(files).localise(name, manifest.path("default_locale").asText(""), dir);
    }
    return new BrowserExtension(id, name, version, enabled(entry));
  }

  /**
   * Enabled unless disabled: Chromium before about 2023 wrote {@code state} (0 = disabled), later
   * versions write {@code disable_reasons}, a bit mask that became a list (empty = enabled).
   */
  static boolean enabled(JsonNode entry) {
    JsonNode state = entry.path("state");
    if (state.isNumber() && state.asInt() == 0) {
      return false;
    }
    JsonNode reasons = entry.path("disable_reasons");
    if (reasons.isArray()) {
      return reasons.isEmpty();
    }
    return !reasons.isNumber() || reasons.asInt() == 0;
  }

  /** {@code path} is absolute for unpacked extensions, else {@code <id>/<version>} under the profile's {@code Extensions}. */
  private static Path installDir(String path, Path profileDir) {
    if (path.isEmpty()) {
      return null;
    }
    try {
      Path p = Path.of(path);
      if (p.isAbsolute()) {
        return p;
      }
    } catch (RuntimeException e) {
      // a Windows path read on another system: fall through to the relative form
    }
    Path dir = profileDir.resolve("Extensions");
    for (String part : path.split("[\\\\/]")) {
      if (!part.isEmpty() && !part.equals("..")) {
        dir = dir.resolve(part);
      }
    }
    return dir;
  }

  /** Web Store installs live in {@code <id>/<version>_<n>}: the folder name minus the install counter. */
  private static String versionFolder(String folder) {
    String v = folder.replaceFirst("_\\d+$", "");
    return v.matches("\\d+(\\.\\d+)*") ? v : null;
  }

  private static String text(JsonNode node) {
    return node.isTextual() && !node.asText().isBlank() ? node.asText() : null;
  }
}
