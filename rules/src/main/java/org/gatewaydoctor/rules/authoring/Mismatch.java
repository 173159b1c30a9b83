package org.gatewaydoctor.rules.authoring;

import java.util.Objects;

/**
 * One way a diagnosis differs from what its scenario expects: what differs, what was expected and
 * what the diagnosis says, so that a rule author can read it as a diff.
 *
 * @param subject what differs ({@code verdict}, {@code top cause}, {@code finding DNS_OK}, ...)
 * @param expected what the scenario expects, in its words
 * @param actual what the diagnosis says
 */
public record Mismatch(String subject, String expected, String actual) {
  public Mismatch {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(expected, "expected");
    Objects.requireNonNull(actual, "actual");
  }

  /** One line: {@code subject is actual, expected expected}. */
  @Override
  public String toString() {
    return subject + " is " + actual + ", expected " + expected;
  }
}
