package org.gatewaydoctor.probes.browser;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.gatewaydoctor.facts.browser.BrowserExtension;

/**
 * The add-ons a user installed in a Firefox profile, from {@code extensions.json}: type
 * {@code extension} only (not themes, dictionaries or language packs), and none of the built-in
 * or system add-ons Firefox ships ({@code app-builtin*}, {@code app-system-*} locations).
 */
final class FirefoxExtensions {

  private FirefoxExtensions() {}

  static List<BrowserExtension> list(JsonNode extensionsJson) {
    List<BrowserExtension> out = new ArrayList<>();
    for (JsonNode addon : extensionsJson.path("addons")) {
      String id = addon.path("id").asText("");
      String location = addon.path("location").asText("");
      if (id.isEmpty() || !"extension".equals(addon.path("type").asText())
          || location.startsWith("app-builtin") || location.startsWith("app-system")
          || addon.path("isBuiltin").asBoolean(false) || addon.path("isSystem").asBoolean(false)) {
        continue;
      }
      out.add(new BrowserExtension(id, text(addon.path("defaultLocale").path("name")), text(addon.path("version")),
          enabled(addon)));
    }
    out.sort(Comparator.comparing(BrowserExtension::id));
    return out;
  }

  /** {@code active} is what Firefox runs; without it, enabled unless the user or app disabled it. */
  private static boolean enabled(JsonNode addon) {
    if (addon.path("active").isBoolean()) {
      return addon.path("active").asBoolean();
    }
    return !addon.path("userDisabled").asBoolean(false) && !addon.path("appDisabled").asBoolean(false);
  }

  private static String text(JsonNode node) {
    return node.isTextual() && !node.asText().isBlank() ? node.asText() : null;
  }
}
