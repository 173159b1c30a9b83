package org.gatewaydoctor.cli.render;

/** Output formats of {@code diagnose}. */
public enum Format {
  /** Plain text for people; colour only on a terminal and never with NO_COLOR. */
  text,
  /** The report contract (docs/report-format.md): the same bundle gives the same bytes. */
  json,
  /** Markdown, for pasting into a support ticket or an issue. */
  markdown,
  /** One self-contained HTML page (inline CSS, no scripts, nothing fetched) with a timing waterfall. */
  html
}
