package org.gatewaydoctor.cli;

/** Output formats of {@code diagnose}. */
public enum Format {
  /** Plain text for people; colour only on a terminal and never with NO_COLOR. */
  text,
  /** The report contract (docs/report-format.md). */
  json
}
