package org.gatewaydoctor.api;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** JSON pointers in the one-line input messages of the readers (BundleReader, HarImporter). */
final class Pointers {

  // "ORIGIN: line 6, column 58 at /probes/0/durationMs: expected ..." or "ORIGIN: at /schemaVersion: ..."
  private static final Pattern AT = Pattern.compile("(?:^|[\\s,]) ?at (/[^\\s]*?): ");

  private Pointers() {}

  /** The pointer a reader's message names ("" for the whole document when it names none). */
  static String in(String message) {
    Matcher m = AT.matcher(message);
    return m.find() ? m.group(1) : "";
  }

  /** RFC 6901: {@code ~} and {@code /} in a member name are escaped as {@code ~0} and {@code ~1}. */
  static String escape(String memberName) {
    return memberName.replace("~", "~0").replace("/", "~1");
  }
}
