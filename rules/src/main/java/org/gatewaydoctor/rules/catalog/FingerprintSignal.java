package org.gatewaydoctor.rules.catalog;

import java.util.Objects;
import java.util.regex.PatternSyntaxException;
import org.gatewaydoctor.facts.http.HttpExchange;
import org.gatewaydoctor.facts.http.HttpHeader;
import org.gatewaydoctor.rules.model.ResponseText;

/**
 * One sign that a response came from a product. Immutable; the pattern is compiled once.
 * (A class rather than a record so that it can hold the compiled pattern.)
 */
public final class FingerprintSignal {

  private final String product;
  private final String where;
  private final String header;
  private final String pattern;
  private final boolean generated;
  private final double weight;
  private final CodeMeaning means;
  private final SignalPattern compiled;

  /**
   * @param product the product id
   * @param where {@code header} (a header's value matches {@code pattern}), {@code header-present}
   *     (the header exists) or {@code body} (the body excerpt matches {@code pattern})
   * @param header the header name, for header signals
   * @param pattern a case-insensitive regular expression (Java syntax), found anywhere in the value
   * @param generated whether the sign shows the product generated the response itself (its own
   *     error page, an error header only it sets) rather than merely passed it on ({@code Via},
   *     a {@code Server} header it puts on every response)
   * @param weight the certainty factor it contributes, within (0, 1]
   * @param means what the response means when this sign shows the product generated it, overriding
   *     the product's meaning for the status (Cloudflare's own branded 502 page puts the fault on the
   *     origin, its unbranded one on its edge), or null to use the product's codes
   * @throws IllegalArgumentException naming the product when the definition is incomplete or the
   *     pattern is not a valid regular expression
   */
  public FingerprintSignal(String product, String where, String header, String pattern, boolean generated,
      double weight, CodeMeaning means) {
    this.product = Objects.requireNonNull(product, "product");
    this.where = Objects.requireNonNull(where, "where");
    if (!where.equals("header") && !where.equals("header-present") && !where.equals("body")) {
      throw new IllegalArgumentException("signal of " + product + ": where must be header, header-present or body, got "
          + where);
    }
    if (!where.equals("body") && (header == null || header.isBlank())) {
      throw new IllegalArgumentException("signal of " + product + " on " + where + " needs a header name");
    }
    if (!where.equals("header-present") && (pattern == null || pattern.isBlank())) {
      throw new IllegalArgumentException("signal of " + product + " on " + where + " needs a pattern");
    }
    if (weight <= 0 || weight > 1) {
      throw new IllegalArgumentException("signal of " + product + ": weight must be within (0, 1], got " + weight);
    }
    this.header = header;
    this.pattern = pattern;
    this.generated = generated;
    this.weight = weight;
    if (means != null && !generated) {
      throw new IllegalArgumentException("signal of " + product + ": only a sign that the product generated the"
          + " response can say what it means (set generated: true or drop fault/meaning)");
    }
    this.means = means;
    try {
      this.compiled = pattern == null ? null : new SignalPattern(pattern);
    } catch (PatternSyntaxException e) {
      throw new IllegalArgumentException("signal of " + product + ": invalid pattern " + pattern + ": "
          + e.getDescription());
    }
  }

  public String product() { return product; }
  public String where() { return where; }
  public String header() { return header; }
  public String pattern() { return pattern; }
  public boolean generated() { return generated; }
  public double weight() { return weight; }

  /** What the response means when this sign is present, or null to use the product's codes. */
  public CodeMeaning means() { return means; }

  /** Whether this sign is present on {@code exchange}. */
  public boolean matches(HttpExchange exchange) {
    return matches(new ResponseText(exchange));
  }

  /** Whether this sign is present on the exchange {@code response} shows; for rules. */
  public boolean matches(ResponseText response) {
    HttpExchange exchange = response.exchange();
    return switch (where) {
      case "header-present" -> exchange.hasHeader(header);
      case "header" -> {
        for (HttpHeader h : exchange.headers()) {
          if (h.name().equalsIgnoreCase(header) && compiled.foundIn(h.value())) {
            yield true;
          }
        }
        yield false;
      }
      default -> response.body() != null && compiled.foundIn(response.body(), response.bodyLower());
    };
  }

  /** A short description for evidence, such as {@code header Server matches "cloudflare"}. */
  public String describe() {
    return switch (where) {
      case "header-present" -> "header " + header + " is present";
      case "header" -> "header " + header + " matches \"" + pattern + "\"";
      default -> "the body matches \"" + pattern + "\"";
    };
  }

  @Override
  public String toString() {
    return product + ": " + describe();
  }
}
