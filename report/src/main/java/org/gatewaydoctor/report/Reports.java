package org.gatewaydoctor.report;

import org.gatewaydoctor.facts.report.Diagnosis;
import org.gatewaydoctor.facts.report.ReportJson;

/** Renders a diagnosis in any {@link Format}. Thread-safe: share one. */
public final class Reports {

  private volatile ReportJson json;

  /**
   * The report in {@code format}, ending with a newline.
   *
   * @param color whether the text format may use ANSI colour (the others never do)
   */
  public String render(Format format, Diagnosis d, boolean color) {
    return switch (format) {
      case text -> new TextReport(color).render(d);
      case json -> json().write(d);
      case markdown -> new MarkdownReport().render(d);
      case html -> new HtmlReport().render(d);
    };
  }

  /** The JSON report on one line (JSON Lines), for {@code --watch --format json}. */
  public String compactJson(Diagnosis d) {
    return json().writeCompact(d) + "\n";
  }

  /**
   * The JSON writer, made at first use: its mapper is not needed for the other formats (a
   * command-line run pays for it only with {@code --format json}). Two threads racing here make two
   * equal writers, which is harmless.
   */
  private ReportJson json() {
    ReportJson j = json;
    if (j == null) {
      j = new ReportJson();
      json = j;
    }
    return j;
  }
}
