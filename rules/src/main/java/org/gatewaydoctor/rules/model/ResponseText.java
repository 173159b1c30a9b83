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
  private final String body;
  private final String bodyLower;

  /** The view of {@code exchange}. */
  public ResponseText(HttpExchange exchange) {
    this.exchange = Objects.requireNonNull(exchange, "exchange");
    this.body = exchange.bodyExcerpt() == null ? null : decodeEntities(exchange.bodyExcerpt());
    this.bodyLower = body == null ? "" : foldCase(body);
  }

  /**
   * {@code html} with numeric character references ({@code &#35;}, {@code &#x23;}) and
   * {@code &nbsp;} and {@code &amp;} replaced by the characters they stand for. Error pages write
   * text this way (Akamai's "Reference&#32;&#35;18&#46;..."), so that signs are written as the
   * reader sees them. {@code &lt;} and {@code &gt;} stay, so escaped markup never looks like markup.
   */
  public static String decodeEntities(String html) {
    if (html.indexOf('&') < 0) {
      return html;
    }
    StringBuilder out = new StringBuilder(html.length());
    int i = 0;
    while (i < html.length()) {
      char c = html.charAt(i);
      int semi = c == '&' ? html.indexOf(';', i) : -1;
      if (semi > i + 1 && semi - i <= 10) {
        String name = html.substring(i + 1, semi);
        int code = codePoint(name);
        if (code >= 0) {
          out.appendCodePoint(code);
          i = semi + 1;
          continue;
        }
      }
      out.append(c);
      i++;
    }
    return out.toString();
  }

  private static int codePoint(String entity) {
    if (entity.equals("nbsp")) {
      return ' ';
    }
    if (entity.equals("amp")) {
      return '&';
    }
    try {
      int code = entity.startsWith("#x") || entity.startsWith("#X") ? Integer.parseInt(entity.substring(2), 16)
          : entity.startsWith("#") ? Integer.parseInt(entity.substring(1)) : -1;
      return code > 0 && code <= Character.MAX_CODE_POINT && code != '<' && code != '>' ? code : -1;
    } catch (NumberFormatException e) {
      return -1;
    }
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

  /** The body excerpt ({@link #decodeEntities decoded}) in lower case, or the empty string. */
  public String bodyLower() {
    return bodyLower;
  }

  /** The body excerpt with its character references decoded ({@link #decodeEntities}), or null. */
  public String body() {
    return body;
  }

  @Override
  public String toString() {
    return "ResponseText[" + exchange.source() + " #" + exchange.sample() + "]";
  }
}
