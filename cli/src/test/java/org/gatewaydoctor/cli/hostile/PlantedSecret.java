package org.gatewaydoctor.cli.hostile;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

/**
 * One secret planted in what a hostile or careless server sends back, and where it was planted.
 *
 * @param category what kind of secret it is (a row of docs/reliability.md)
 * @param value the secret as planted
 * @param place where it was planted: {@code query}, {@code header}, {@code json}, {@code html},
 *     {@code path}, {@code userinfo}, {@code hidden-input}, {@code meta}
 */
record PlantedSecret(String category, String value, String place) {

  /** The places a secret by its shape alone is planted in, in turn. */
  private static final List<String> SHAPE_PLACES = List.of("query", "header", "json", "html", "path");

  /** Characters of a probe sample long enough to be a leak: a leak of any this long counts. */
  static final int LEAK_WINDOW = 16;

  /** Whether any {@link #LEAK_WINDOW}-character part of the secret is in {@code text}. */
  boolean leaksInto(String text) {
    for (String line : value.split("\n")) {
      if (line.startsWith("-----")) {
        continue; // the PEM armour lines are public words, the base64 between them is the key
      }
      int w = Math.min(LEAK_WINDOW, line.length());
      for (int i = 0; i + w <= line.length(); i++) {
        if (text.contains(line.substring(i, i + w))) {
          return true;
        }
      }
    }
    return false;
  }

  /** The corpus: 8 secrets of each of 16 categories, the same every run (a fixed seed). */
  static List<PlantedSecret> corpus() {
    Random r = new Random(16);
    List<PlantedSecret> out = new ArrayList<>();
    add(out, r, "AWS access key id (AKIA)", x -> "AKIA" + chars(x, UPPER_DIGITS, 16), true);
    add(out, r, "AWS temporary key id (ASIA)", x -> "ASIA" + chars(x, UPPER_DIGITS, 16), true);
    add(out, r, "AWS secret access key", x -> chars(x, BASE64, 40), true);
    add(out, r, "Google API key (AIza)", x -> "AIza" + chars(x, BASE64URL, 35), true);
    add(out, r, "GitHub token (ghp_, gho_)", x -> (x.nextBoolean() ? "ghp_" : "gho_") + chars(x, ALNUM, 36), true);
    add(out, r, "GitHub fine-grained token (github_pat_)",
        x -> "github_pat_" + chars(x, ALNUM, 22) + "_" + chars(x, ALNUM, 59), true);
    add(out, r, "Slack token (xox.)", x -> "xox" + "bpa".charAt(x.nextInt(3)) + "-" + chars(x, DIGITS, 11) + "-"
        + chars(x, DIGITS, 12) + "-" + chars(x, ALNUM, 24), true);
    add(out, r, "Stripe secret key (sk_live_)", x -> "sk_live_" + chars(x, ALNUM, 24), true);
    add(out, r, "JWT", PlantedSecret::jwt, true);
    add(out, r, "Bearer token", x -> "Bearer " + chars(x, ALNUM, 8) + "." + chars(x, ALNUM, 22), true);
    add(out, r, "Long random hex token", x -> chars(x, HEX, x.nextBoolean() ? 40 : 64), true);
    add(out, r, "Long random base64 token", x -> chars(x, BASE64URL, 32 + x.nextInt(16)), true);
    add(out, r, "Private key block (PEM)", PlantedSecret::pem, false, "json", "html");
    add(out, r, "Hidden form field (CSRF token)", x -> chars(x, ALNUM, 12 + x.nextInt(10)), false, "hidden-input");
    add(out, r, "Meta tag token (csrf-token)", x -> chars(x, ALNUM, 12 + x.nextInt(10)), false, "meta");
    add(out, r, "Password in a URL (user:pass@)", x -> "Pw-" + chars(x, ALNUM, 13), false, "userinfo");
    return out;
  }

  private static void add(List<PlantedSecret> out, Random r, String category, Function<Random, String> make,
      boolean byShape, String... places) {
    List<String> where = byShape ? SHAPE_PLACES : List.of(places);
    for (int i = 0; i < 8; i++) {
      out.add(new PlantedSecret(category, make.apply(r), where.get(i % where.size())));
    }
  }

  private static final String UPPER_DIGITS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
  private static final String DIGITS = "0123456789";
  private static final String HEX = "0123456789abcdef";
  private static final String ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
  private static final String BASE64 = ALNUM + "+/";
  private static final String BASE64URL = ALNUM + "-_";

  private static String chars(Random r, String alphabet, int n) {
    StringBuilder b = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      b.append(alphabet.charAt(r.nextInt(alphabet.length())));
    }
    return b.toString();
  }

  private static String jwt(Random r) {
    Base64.Encoder enc = Base64.getUrlEncoder().withoutPadding();
    String header = enc.encodeToString("{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes());
    String payload = enc.encodeToString(("{\"sub\":\"" + chars(r, ALNUM, 12) + "\",\"iat\":" + (1700000000 + r.nextInt(1000000))
        + "}").getBytes());
    return header + "." + payload + "." + chars(r, BASE64URL, 43);
  }

  private static String pem(Random r) {
    StringBuilder b = new StringBuilder("-----BEGIN PRIVATE KEY-----\n");
    for (int i = 0; i < 4; i++) {
      b.append(chars(r, BASE64, 64)).append('\n');
    }
    return b.append("-----END PRIVATE KEY-----").toString();
  }
}
