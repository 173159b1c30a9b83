package org.gatewaydoctor.report;

/**
 * Escaping for HTML text and attribute values (HTML Living Standard 13.1.2.6 and 13.5: the five
 * characters that can end text or a quoted attribute). Report text holds error-page excerpts and
 * whatever a server sent, so nothing from a report reaches the page unescaped.
 */
final class Html {

  private Html() {}

  /** {@code s} safe inside element text or a double- or single-quoted attribute value; null gives "". */
  static String esc(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(Character.isISOControl(c) && c != '\n' && c != '\t' ? '\uFFFD' : c);
      }
    }
    return out.toString();
  }
}
