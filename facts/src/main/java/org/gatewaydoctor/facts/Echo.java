package org.gatewaydoctor.facts;

import org.gatewaydoctor.facts.bundle.Redactor;

/**
 * A value given to us (an argument, a file's content, a URL), made safe to echo in a message for a
 * terminal or a log line: quoted, control characters escaped, capped. Every message that names a
 * bad value builds it with this class, so that no input can move the cursor, ring the bell, forge
 * a line, change the terminal's title, or run to thousands of lines (issue 16, defect 2).
 */
public final class Echo {

  /** The most characters of a value a message shows: {@value}. */
  public static final int MAX_CHARS = 120;

  private Echo() {}

  /**
   * {@code value} in double quotes, with {@code "} and {@code \} escaped, control characters
   * (C0, DEL, C1), line and paragraph separators and bidirectional overrides written as
   * {@code \n}, {@code \r}, {@code \t} or {@code \\u001b}, and cut after {@value #MAX_CHARS}
   * characters shown (an escape counts as what it shows) with how many more there were; {@code null} is {@code (none)}.
   */
  public static String of(Object value) {
    if (value == null) {
      return "(none)";
    }
    String text = value.toString();
    StringBuilder out = new StringBuilder(Math.min(text.length(), MAX_CHARS) + 24).append('"');
    int i = escape(text, MAX_CHARS, true, out);
    out.append('"');
    if (i < text.length()) {
      out.append(" (cut; ").append(text.codePointCount(i, text.length())).append(" more characters)");
    }
    return out.toString();
  }

  /** The most characters of a whole message line {@link #line} keeps: {@value}. */
  public static final int MAX_LINE_CHARS = 600;

  /** Of {@link #MAX_LINE_CHARS}, how many a cut line keeps from its end: {@value}. */
  static final int LINE_TAIL_CHARS = 200;

  /**
   * A whole message made safe as one line: control characters and the other code points
   * {@link #of} escapes are written as {@code \\uXXXX} ({@code \\n}, {@code \\r}, {@code \\t}),
   * nothing else changes (no quotes are added, a backslash stays one). A line longer than
   * {@value #MAX_LINE_CHARS} characters is cut in the middle, {@code " ... (cut) ... "}: its start
   * names the input and its end says what was wrong with it, so a 10 kB file name cannot push the
   * reason out of sight (issue 16). The last guard where messages reach a terminal, for those
   * built from text we do not control (a library's message, a file name).
   */
  public static String line(String message) {
    if (message == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(Math.min(message.length(), MAX_LINE_CHARS) + 16);
    if (escape(message, MAX_LINE_CHARS, false, out) == message.length()) {
      return out.toString();
    }
    out.setLength(0);
    int head = escape(message, MAX_LINE_CHARS - LINE_TAIL_CHARS, false, out);
    out.append(" ... (cut) ... ");
    escape(message.substring(Math.max(head, tailStart(message, LINE_TAIL_CHARS))), LINE_TAIL_CHARS, false, out);
    return out.toString();
  }

  /** Where the last part of {@code text} that shows in {@code max} characters (escaped, unquoted) begins. */
  private static int tailStart(String text, int max) {
    int budget = max;
    int j = text.length();
    while (j > 0) {
      int cp = text.codePointBefore(j);
      String escaped = escaped(cp, false);
      int cost = escaped == null ? 1 : escaped.length();
      if (cost > budget) {
        break;
      }
      budget -= cost;
      j -= Character.charCount(cp);
    }
    return j;
  }

  /** {@code url} without its secrets (credentials, tokens: {@link Redactor#url}), then as {@link #of}. */
  public static String url(String url) {
    return url == null ? of(null) : of(new Redactor().url(url));
  }

  /**
   * Whether a code point must not reach a terminal as is: C0 and C1 controls and DEL (ECMA-48),
   * U+2028/U+2029 (line breaks to some viewers), bidirectional embeddings, overrides and isolates
   * (Unicode TR #9; "Trojan Source", CVE-2021-42574), and unpaired surrogates.
   */
  private static boolean unsafe(int cp) {
    return cp < 0x20 || (cp >= 0x7f && cp <= 0x9f) || cp == 0x2028 || cp == 0x2029
        || (cp >= 0x202a && cp <= 0x202e) || (cp >= 0x2066 && cp <= 0x2069) || cp == 0x200e || cp == 0x200f
        || (cp >= 0xd800 && cp <= 0xdfff);
  }

  /**
   * Appends {@code text} to {@code out} until {@code max} characters are shown, line breaks, tabs
   * and unsafe code points escaped, and (when {@code quoted}) quotes and backslashes too; returns
   * the index in {@code text} where it stopped (its length when nothing was cut). An escape counts
   * as the characters it shows ({@code \\u0000} is six), so a value of control characters is capped
   * as short as any other (issue 16: 600 NULs once made a 3,600-character line).
   */
  private static int escape(String text, int max, boolean quoted, StringBuilder out) {
    int budget = max;
    int i = 0;
    while (i < text.length()) {
      int cp = text.codePointAt(i);
      String escaped = escaped(cp, quoted);
      int cost = escaped == null ? 1 : escaped.length();
      if (cost > budget) {
        break;
      }
      budget -= cost;
      i += Character.charCount(cp);
      if (escaped == null) {
        out.appendCodePoint(cp);
      } else {
        out.append(escaped);
      }
    }
    return i;
  }

  /** How {@code cp} is shown when it cannot be shown as is; null when it can. */
  private static String escaped(int cp, boolean quoted) {
    if (quoted && (cp == '"' || cp == '\\')) {
      return "\\" + (char) cp;
    }
    return switch (cp) {
      case '\n' -> "\\n";
      case '\r' -> "\\r";
      case '\t' -> "\\t";
      default -> unsafe(cp) ? String.format("\\u%04x", cp) : null;
    };
  }
}
