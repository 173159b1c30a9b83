package org.gatewaydoctor.api.rules;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gatewaydoctor.rules.engine.RuleMessage;

/**
 * A problem in a rule or catalogue file, located: the file (relative to its rule directory), the
 * 1-based line and column (0 when unknown) and the message.
 *
 * @param file the file, such as {@code dns.drl} or {@code causes.yaml}
 * @param line the line, or 0 when unknown
 * @param column the column, or 0 when unknown
 * @param message what is wrong, on one line
 */
public record RuleProblem(String file, int line, int column, String message) {

  // "causes.yaml: line 3, column 5 at /0/title: expected a string" (JsonInputError's form)
  private static final Pattern LOCATED = Pattern.compile("^(\\S+?): line (\\d+), column (\\d+)(?: at \\S+)?: (.*)$");

  public RuleProblem {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(message, "message");
  }

  /** {@code file:line:column: message}, the form editors and CI annotate. */
  public String location() {
    return file + (line > 0 ? ":" + line + (column > 0 ? ":" + column : "") : "") + ": " + message;
  }

  static RuleProblem of(RuleMessage m) {
    return new RuleProblem(m.file(), m.line(), m.column(), m.text());
  }

  /** A catalogue or directory problem from its one-line message, with {@code dir + "/"} taken off its paths. */
  static RuleProblem of(String message, String dir) {
    String text = dir == null ? message : message.replace(dir + "/", "").replace(dir, "the rule directory");
    Matcher m = LOCATED.matcher(text);
    if (m.matches()) {
      return new RuleProblem(m.group(1), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)), m.group(4));
    }
    int colon = text.indexOf(": ");
    return colon > 0 && !text.substring(0, colon).contains(" ")
        ? new RuleProblem(text.substring(0, colon), 0, 0, text.substring(colon + 2))
        : new RuleProblem("(rule directory)", 0, 0, text);
  }
}
