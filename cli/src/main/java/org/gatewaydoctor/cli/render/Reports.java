package org.gatewaydoctor.cli.render;

import org.gatewaydoctor.facts.report.Diagnosis;
import org.gatewaydoctor.facts.report.ReportJson;

/** Renders a diagnosis in any {@link Format}. */
public final class Reports {

  private ReportJson json;

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

  /** The JSON writer, made at first use: its mapper is not needed for the other formats. */
  private ReportJson json() {
    if (json == null) {
      json = new ReportJson();
    }
    return json;
  }
}
