package org.gatewaydoctor.probes.browser;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A Mozilla-style INI file ({@code profiles.ini}, {@code compatibility.ini},
 * {@code application.ini}): {@code [Section]} headers and {@code key=value} lines; {@code ;} and
 * {@code #} start comments. Sections keep their file order.
 */
final class IniFile {

  private final Map<String, Map<String, String>> sections;

  private IniFile(Map<String, Map<String, String>> sections) {
    this.sections = sections;
  }

  static IniFile parse(List<String> lines) {
    Map<String, Map<String, String>> sections = new LinkedHashMap<>();
    Map<String, String> current = null;
    for (String raw : lines) {
      String line = raw.strip();
      if (line.isEmpty() || line.startsWith(";") || line.startsWith("#")) {
        continue;
      }
      if (line.startsWith("[") && line.endsWith("]")) {
        current = sections.computeIfAbsent(line.substring(1, line.length() - 1).strip(), s -> new LinkedHashMap<>());
      } else if (current != null && line.indexOf('=') > 0) {
        int eq = line.indexOf('=');
        current.put(line.substring(0, eq).strip(), line.substring(eq + 1).strip());
      }
    }
    return new IniFile(sections);
  }

  /** The sections in file order, each an ordered key/value map. */
  Map<String, Map<String, String>> sections() {
    return sections;
  }

  /** The value of {@code key} in {@code section}, or null. */
  String get(String section, String key) {
    Map<String, String> s = sections.get(section);
    return s == null ? null : s.get(key);
  }
}
