package org.gatewaydoctor.cli;

/** What the terminal allows: colour only on an interactive terminal, never with NO_COLOR (no-color.org). */
final class Terminal {

  private Terminal() {}

  /** Whether standard output is an interactive terminal. */
  static boolean interactive() {
    return System.console() != null;
  }

  /** Whether ANSI colour may be used on standard output. */
  static boolean colorAllowed() {
    String noColor = System.getenv("NO_COLOR");
    String term = System.getenv("TERM");
    return interactive() && (noColor == null || noColor.isEmpty()) && !"dumb".equals(term);
  }
}
