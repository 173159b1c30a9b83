package org.gatewaydoctor.probes.rig;

import java.util.Optional;

/**
 * What a message shown to a person (a terminal line, a problem's {@code detail}) must not hold
 * raw: the code points facts' {@code Echo} escapes (C0 and C1 controls, DEL, U+2028/U+2029,
 * bidirectional embeddings, overrides, isolates and marks, unpaired surrogates). Line breaks are
 * the caller's to judge: a CLI rejection may have two lines, a {@code detail} none.
 */
public final class SafeText {

  private SafeText() {}

  /** The first code point of {@code text} a terminal could act on, as {@code U+XXXX at N}; empty when none. */
  public static Optional<String> firstUnsafe(String text, boolean allowNewlines) {
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      if (!(allowNewlines && cp == '\n') && unsafe(cp)) {
        return Optional.of(String.format("U+%04X at %d", cp, i));
      }
      i += Character.charCount(cp);
    }
    return Optional.empty();
  }

  private static boolean unsafe(int cp) {
    return cp < 0x20 || (cp >= 0x7f && cp <= 0x9f) || cp == 0x2028 || cp == 0x2029
        || (cp >= 0x202a && cp <= 0x202e) || (cp >= 0x2066 && cp <= 0x2069) || cp == 0x200e || cp == 0x200f
        || (cp >= 0xd800 && cp <= 0xdfff);
  }
}
