package org.gatewaydoctor.report;

/** The report formats, for {@code diagnose --format} and the API's {@code Accept} header. */
public enum Format {
  /** Plain text for people; colour only on a terminal and never with NO_COLOR. */
  text("text/plain"),
  /** The report contract (docs/report-format.md): the same bundle gives the same bytes. */
  json("application/json"),
  /** Markdown, for pasting into a support ticket or an issue. */
  markdown("text/markdown"),
  /** One self-contained HTML page (inline CSS, no scripts, nothing fetched) with a timing waterfall. */
  html("text/html");

  private final String mediaType;

  Format(String mediaType) {
    this.mediaType = mediaType;
  }

  /** The media type of this format without parameters ({@code text/markdown}); every format is UTF-8. */
  public String mediaType() {
    return mediaType;
  }
}
