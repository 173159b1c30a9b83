package org.gatewaydoctor.rules.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.gatewaydoctor.rules.model.ResponseText;

/**
 * A fingerprint sign's pattern, compiled once and matched cheaply. Before the case-insensitive
 * regular expression runs, a plain {@code String.contains} on the text folded to lower case
 * ({@link ResponseText#foldCase}, ASCII letters only, as the expression folds them) checks the text
 * every match must contain (one piece per top-level alternative); most patterns are absent from
 * most responses, so the expression rarely runs, and a pattern that is only plain text never needs
 * it. When every alternative starts with its piece, the expression is tried only where a piece
 * starts instead of at every character. Results are exactly those of the regular expression.
 */
final class SignalPattern {

  private static final String QUANTIFIERS = "?*+{";
  private static final int MIN_PIECE = 3;

  private final Pattern regex;
  private final List<String> required;
  private final boolean plainText;
  private final List<String> starts;

  /**
   * @throws PatternSyntaxException when {@code pattern} is not a valid regular expression
   */
  SignalPattern(String pattern) {
    this.regex = Pattern.compile(pattern, Pattern.CASE_INSENSITIVE);
    this.required = requiredPieces(pattern);
    this.starts = required == null ? null : pieces(pattern, true);
    this.plainText = required != null && isPlainAlternatives(pattern);
  }

  /** Whether the pattern is found in {@code text}; {@code foldedText} is its {@link ResponseText#foldCase}. */
  boolean foundIn(String text, String foldedText) {
    if (required == null) {
      return regex.matcher(text).find();
    }
    if (plainText) {
      return containsAny(foldedText, required);
    }
    if (!containsAny(foldedText, required)) {
      return false;
    }
    if (starts == null) {
      return regex.matcher(text).find();
    }
    Matcher m = null;
    for (String piece : starts) {
      for (int at = foldedText.indexOf(piece); at >= 0; at = foldedText.indexOf(piece, at + 1)) {
        if (m == null) {
          m = regex.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        }
        if (m.region(at, text.length()).lookingAt()) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether the pattern is found in {@code text}, with nothing precomputed (short header values). */
  boolean foundIn(String text) {
    return foundIn(text, required == null ? text : ResponseText.foldCase(text));
  }

  /** Whether the pattern is plain ASCII text or alternatives of it, with no flags or groups. */
  private static boolean isPlainAlternatives(String pattern) {
    for (String alternative : topLevelAlternatives(pattern)) {
      String longest = longestRequiredRun(alternative);
      if (longest == null || alternative.indexOf('\\') >= 0 || longest.length() != alternative.length()) {
        return false;
      }
    }
    return true;
  }

  /** The lower-cased pieces of which every match contains at least one, or null when unknown. */
  List<String> required() {
    return required;
  }

  /** The lower-cased pieces every match starts with one of, or null when unknown. */
  List<String> starts() {
    return starts;
  }

  private static boolean containsAny(String text, List<String> pieces) {
    for (String p : pieces) {
      if (text.contains(p)) {
        return true;
      }
    }
    return false;
  }

  /**
   * For each top-level alternative of {@code pattern} (after leading inline flags and one group
   * around the whole), the longest run of plain ASCII text it requires, folded to lower case; null
   * when an alternative has no such run of at least {@value #MIN_PIECE} characters, or the pattern
   * is beyond this simple reading.
   */
  static List<String> requiredPieces(String pattern) {
    return pieces(pattern, false);
  }

  /** As {@link #requiredPieces}, or the runs that start each alternative when {@code leading}. */
  private static List<String> pieces(String pattern, boolean leading) {
    try {
      String p = pattern;
      if (p.startsWith("(?")) {
        int close = p.indexOf(')');
        if (close < 0 || !p.substring(2, close).matches("[a-zA-Z-]+")) {
          return null;
        }
        p = p.substring(close + 1);
      }
      if (p.startsWith("(") && !p.startsWith("(?") && groupEnd(p, 0) == p.length()) {
        p = p.substring(1, p.length() - 1);
      } else if (p.startsWith("(?:") && groupEnd(p, 0) == p.length()) {
        p = p.substring(3, p.length() - 1);
      }
      List<String> pieces = new ArrayList<>();
      for (String alternative : topLevelAlternatives(p)) {
        String run = leading ? leadingRun(alternative) : longestRequiredRun(alternative);
        if (run == null || run.length() < MIN_PIECE) {
          return null;
        }
        pieces.add(ResponseText.foldCase(run));
      }
      return List.copyOf(pieces);
    } catch (IndexOutOfBoundsException | IllegalStateException e) {
      return null;
    }
  }

  private static List<String> topLevelAlternatives(String p) {
    List<String> out = new ArrayList<>();
    int start = 0;
    int i = 0;
    while (i < p.length()) {
      char c = p.charAt(i);
      if (c == '\\') {
        i += 2;
      } else if (c == '(' || c == '[') {
        i = groupEnd(p, i);
      } else {
        if (c == '|') {
          out.add(p.substring(start, i));
          start = i + 1;
        }
        i++;
      }
    }
    out.add(p.substring(start));
    return out;
  }

  /** The plain text every match of {@code alt} starts with (possibly empty), or null if unreadable. */
  private static String leadingRun(String alt) {
    return run(alt, true);
  }

  /** The longest plain text every match of {@code alt} contains (possibly empty), or null if unreadable. */
  private static String longestRequiredRun(String alt) {
    return run(alt, false);
  }

  private static String run(String alt, boolean leadingOnly) {
    String best = "";
    StringBuilder run = new StringBuilder();
    int i = 0;
    while (i < alt.length()) {
      char c = alt.charAt(i);
      Character literal = null;
      int next;
      if (c == '\\') {
        char e = alt.charAt(i + 1);
        if (Character.isLetterOrDigit(e)) {
          if ("QEpPxu0cNk".indexOf(e) >= 0) {
            return null; // forms with arguments: not read here
          }
        } else {
          literal = e;
        }
        next = i + 2;
      } else if (c == '(' || c == '[') {
        next = groupEnd(alt, i);
      } else if (c == '{') {
        next = alt.indexOf('}', i) + 1;
        if (next == 0) {
          throw new IllegalStateException("unclosed quantifier");
        }
      } else if (".^$|?*+)]".indexOf(c) >= 0) {
        next = i + 1;
      } else {
        literal = c;
        next = i + 1;
      }
      boolean quantified = next < alt.length() && QUANTIFIERS.indexOf(alt.charAt(next)) >= 0;
      boolean mayBeAbsent = quantified && alt.charAt(next) != '+';
      boolean ends;
      if (literal != null && literal < 128 && !mayBeAbsent) {
        run.append(literal);
        ends = quantified;
      } else {
        ends = true;
      }
      if (ends) {
        if (leadingOnly) {
          return run.toString();
        }
        best = longer(best, run);
        run.setLength(0);
      }
      i = next;
    }
    return leadingOnly ? run.toString() : longer(best, run);
  }

  private static String longer(String best, StringBuilder run) {
    return run.length() > best.length() ? run.toString() : best;
  }

  /** The index just after the group or character class that opens at {@code open}. */
  private static int groupEnd(String p, int open) {
    int depth = 0;
    boolean inClass = false;
    int classDepth = 0;
    for (int i = open; i < p.length(); i++) {
      char c = p.charAt(i);
      if (c == '\\') {
        i++;
      } else if (inClass) {
        if (c == '[') {
          classDepth++;
        } else if (c == ']' && p.charAt(i - 1) != '[' && !(p.charAt(i - 1) == '^' && p.charAt(i - 2) == '[')) {
          classDepth--;
          if (classDepth == 0) {
            inClass = false;
            if (depth == 0) {
              return i + 1;
            }
          }
        }
      } else if (c == '[') {
        inClass = true;
        classDepth = 1;
      } else if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
        if (depth == 0) {
          return i + 1;
        }
      }
    }
    throw new IllegalStateException("unclosed group in " + p);
  }
}
