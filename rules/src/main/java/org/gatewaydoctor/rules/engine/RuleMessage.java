package org.gatewaydoctor.rules.engine;

import java.util.Objects;

/**
 * A problem the rule compiler reported, located in a rule file.
 *
 * @param file the rule file, relative to its rule directory (or the built-in resource path)
 * @param line the 1-based line, or 0 when unknown
 * @param column the 1-based column, or 0 when unknown
 * @param text the compiler's message on one line
 */
public record RuleMessage(String file, int line, int column, String text) {
  public RuleMessage {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(text, "text");
  }

  /**
   * {@code file:line:column: text}, the format editors and CI annotate; the text alone when the
   * file is unknown (empty).
   */
  @Override
  public String toString() {
    if (file.isEmpty()) {
      return text;
    }
    return file + ":" + line + (column > 0 ? ":" + column : "") + ": " + text;
  }
}
