package org.gatewaydoctor.probes.browser;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves a WebExtension name written as {@code __MSG_key__} through
 * {@code _locales/<default_locale>/messages.json}, as Chrome's extension i18n documentation
 * describes (keys are case-insensitive).
 */
final class ExtensionMessages {

  private static final Pattern MESSAGE = Pattern.compile("__MSG_([A-Za-z0-9_@]+)__");

  private final ProfileFiles files;

  ExtensionMessages(ProfileFiles files) {
    this.files = files;
  }

  /** {@code name} with its message reference resolved, or as written when it cannot be. */
  String localise(String name, String defaultLocale, Path extensionDir) {
    Matcher m = MESSAGE.matcher(name);
    if (!m.matches() || defaultLocale.isBlank() || defaultLocale.contains("..")) {
      return name;
    }
    Path messages = extensionDir.resolve("_locales").resolve(defaultLocale).resolve("messages.json");
    if (!Files.isRegularFile(messages)) {
      return name;
    }
    try {
      JsonNode all = files.json(messages);
      String key = m.group(1).toLowerCase(Locale.ROOT);
      for (Map.Entry<String, JsonNode> e : all.properties()) {
        if (e.getKey().toLowerCase(Locale.ROOT).equals(key) && e.getValue().path("message").isTextual()) {
          return e.getValue().path("message").asText();
        }
      }
    } catch (ProfileFileException e) {
      // keep the reference: an unresolved name is still an identifiable one
    }
    return name;
  }
}
