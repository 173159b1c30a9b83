package org.gatewaydoctor.rules.model;

import java.util.Objects;
import org.gatewaydoctor.facts.http.HttpExchange;

/**
 * An HTTP exchange with its body folded to lower case once ({@link #foldCase}), so that the dozens of fingerprint
 * signs matched against it (catalog/fingerprints.yaml) do not each fold or scan it case-insensitively
 * again. Derived mechanically from the bundle, one per exchange; it judges nothing.
 */
public final class ResponseText {

  private final HttpExchange exchange;
  private final String bodyLower;

  /** The view of {@code exchange}. */
  public ResponseText(HttpExchange exchange) {
    this.exchange = Objects.requireNonNull(exchange, "exchange");
    this.bodyLower = exchange.bodyExcerpt() == null ? "" : foldCase(exchange.bodyExcerpt());
  }

  /**
   * {@code text} with the ASCII letters A-Z in lower case and every other character unchanged: the
   * folding a case-insensitive Java regular expression applies by default, so that a lower-case
   * ASCII piece is found in the folded text exactly where the expression would find it.
   */
  public static String foldCase(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        char[] out = text.toCharArray();
        for (int j = i; j < out.length; j++) {
          char d = out[j];
          if (d >= 'A' && d <= 'Z') {
            out[j] = (char) (d + ('a' - 'A'));
          }
        }
        return new String(out);
      }
    }
    return text;
  }

  /** The exchange it shows. */
  public HttpExchange exchange() {
    return exchange;
  }

  /** The exchange's final status, or null when no response arrived; for rules. */
  public Integer status() {
    return exchange.status();
  }

  /** The body excerpt in lower case, or the empty string. */
  public String bodyLower() {
    return bodyLower;
  }

  /** The body excerpt as received, or null. */
  public String body() {
    return exchange.bodyExcerpt();
  }

  @Override
  public String toString() {
    return "ResponseText[" + exchange.source() + " #" + exchange.sample() + "]";
  }
}
