package org.gatewaydoctor.facts.yaml;

import java.util.Objects;

/**
 * A YAML document that cannot be used, located: its message reads {@code FILE:LINE:COLUMN: what}
 * (line and column from 1), the form editors and terminals link to.
 *
 * @since 0.1.0
 */
public final class YamlException extends Exception {

  private final String origin;
  private final int line;
  private final int column;
  private final String problem;

  /**
   * @param origin the file (or resource) the document came from
   * @param line the line from 1, or 0 when unknown
   * @param column the column from 1, or 0 when unknown
   * @param problem what is wrong, with the value, and what is expected
   */
  public YamlException(String origin, int line, int column, String problem) {
    this(origin, line, column, problem, null);
  }

  /** As {@link #YamlException(String, int, int, String)}, with the exception behind it. */
  public YamlException(String origin, int line, int column, String problem, Throwable cause) {
    super(org.gatewaydoctor.facts.Echo.line(format(origin, line, column, problem)), cause);
    this.origin = Objects.requireNonNull(origin, "origin");
    this.line = line;
    this.column = column;
    this.problem = Objects.requireNonNull(problem, "problem");
  }

  private static String format(String origin, int line, int column, String problem) {
    return line <= 0 ? origin + ": " + problem : origin + ":" + line + ":" + column + ": " + problem;
  }

  /** The file (or resource) the document came from. */
  public String origin() {
    return origin;
  }

  /** The line from 1, or 0 when unknown. */
  public int line() {
    return line;
  }

  /** The column from 1, or 0 when unknown. */
  public int column() {
    return column;
  }

  /** What is wrong, without the location. */
  public String problem() {
    return problem;
  }
}
