package org.gatewaydoctor.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.gatewaydoctor.report.Format;

/**
 * Chooses the report format an {@code Accept} header asks for (RFC 9110 section 12.5.1): the
 * acceptable media range with the highest quality value, the more specific range first when two
 * tie; among our formats, JSON is preferred for a wildcard. No header means JSON.
 */
final class Negotiation {

  /** Our formats in the order a wildcard prefers them. */
  private static final List<Format> PREFERENCE = List.of(Format.json, Format.html, Format.markdown, Format.text);

  private Negotiation() {}

  /** The format for {@code accept}, or empty when it accepts none of ours (406). */
  static Optional<Format> choose(String accept) {
    if (accept == null || accept.isBlank()) {
      return Optional.of(Format.json);
    }
    Format best = null;
    double bestQ = 0;
    int bestSpecificity = -1;
    for (Format f : PREFERENCE) {
      double q = -1;
      int specificity = -1;
      for (Range r : ranges(accept)) {
        int s = r.matches(f.mediaType());
        if (s > specificity) {
          specificity = s;
          q = r.q();
        }
      }
      if (specificity >= 0 && q > 0 && (q > bestQ || (q == bestQ && specificity > bestSpecificity))) {
        best = f;
        bestQ = q;
        bestSpecificity = specificity;
      }
    }
    return Optional.ofNullable(best);
  }

  /** One media range of an Accept header with its quality value. */
  private record Range(String type, String subtype, double q) {
    /** How specifically this range matches {@code mediaType}: 2 exactly, 1 type/*, 0 for * /*, -1 not. */
    int matches(String mediaType) {
      String t = mediaType.substring(0, mediaType.indexOf('/'));
      String s = mediaType.substring(mediaType.indexOf('/') + 1);
      if (type.equals("*") && subtype.equals("*")) {
        return 0;
      }
      if (!type.equals(t)) {
        return -1;
      }
      return subtype.equals("*") ? 1 : subtype.equals(s) ? 2 : -1;
    }
  }

  private static List<Range> ranges(String accept) {
    List<Range> out = new ArrayList<>();
    for (String part : accept.split(",")) {
      // -1: ";;;" must split into empty parts, not into none (issue 16: it was a 500).
      String[] params = part.split(";", -1);
      String range = params[0].trim().toLowerCase(Locale.ROOT);
      int slash = range.indexOf('/');
      if (slash <= 0 || slash == range.length() - 1) {
        continue; // not a media range; ignored, as a lenient server does
      }
      double q = 1;
      for (int i = 1; i < params.length; i++) {
        String p = params[i].trim().toLowerCase(Locale.ROOT);
        if (p.startsWith("q=")) {
          try {
            q = Math.max(0, Math.min(1, Double.parseDouble(p.substring(2))));
          } catch (NumberFormatException e) {
            q = 0;
          }
        }
      }
      out.add(new Range(range.substring(0, slash), range.substring(slash + 1), q));
    }
    return out;
  }
}
