package org.gatewaydoctor.probes.rig;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Hostile variants of a real document for fuzzing (issue 16): one to four edits, each a byte
 * replaced by any value (invalid UTF-8 too), a cut (a truncated download), a fragment spliced in
 * (JSON and YAML syntax, control characters, bidi overrides, huge numbers, duplicate keys), or a
 * stretch repeated (deep nesting, duplicated members). Shared by the readers' fuzzing in probes
 * and the HTTP API's in api.
 */
public final class Mutations {

  /** Fragments a hostile or broken file holds. */
  public static final List<String> FRAGMENTS = List.of("{", "}", "[", "]", ",", ":", "\"", "\\", "\\u0000", "\\ud800",
      "1e400", "-1e400", "18446744073709552118", "NaN", "null", "true", "{\"a\":1,\"a\":2}", "\"status\":1,\"status\":2",
      "\u001b[2J", "\u0007", "\r\n", "\u202e", "&anchor", "*anchor", "!!binary", "? ", "- ", "---", "...", "#",
      "'", "%", "http:///path", "\"version\":\"9.9\"", "  ", "\t", "\"log\":", "\"entries\":[]", "deadline: -1s");

  private Mutations() {}

  /** One to four edits of {@code seed}. */
  public static Arbitrary<byte[]> of(byte[] seed) {
    Arbitrary<Edit> edit = Combinators.combine(Arbitraries.integers().between(0, 3),
        Arbitraries.integers().between(0, seed.length), Arbitraries.integers().between(0, 255),
        Arbitraries.of(FRAGMENTS)).as(Edit::new);
    return edit.list().ofMinSize(1).ofMaxSize(4).map(edits -> {
      byte[] out = seed;
      for (Edit e : edits) {
        out = e.apply(out);
      }
      return out;
    });
  }

  private record Edit(int kind, int at, int value, String fragment) {
    byte[] apply(byte[] in) {
      int pos = Math.min(at, in.length);
      ByteArrayOutputStream out = new ByteArrayOutputStream(in.length + 64);
      switch (kind) {
        case 0 -> { // replace one byte, any value (invalid UTF-8 too)
          out.write(in, 0, in.length);
          byte[] b = out.toByteArray();
          if (pos < b.length) {
            b[pos] = (byte) value;
          }
          return b;
        }
        case 1 -> { // cut here (a truncated download)
          out.write(in, 0, pos);
          return out.toByteArray();
        }
        case 2 -> { // splice a fragment in
          out.write(in, 0, pos);
          byte[] f = fragment.getBytes(StandardCharsets.UTF_8);
          out.write(f, 0, f.length);
          out.write(in, pos, in.length - pos);
          return out.toByteArray();
        }
        default -> { // repeat a stretch (deep nesting, duplicated keys)
          int len = Math.min(value + 1, in.length - pos);
          out.write(in, 0, pos + len);
          out.write(in, pos, in.length - pos);
          return out.toByteArray();
        }
      }
    }
  }
}
