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
  private final boolean unique;
  private final String example;
  private final SignalPattern compiled;

  /**
   * @param product the product id
   * @param where {@code header} (a header's value matches {@code pattern}), {@code header-present}
   *     (the header exists), {@code body} (the body excerpt matches {@code pattern}) or
   *     {@code redirect} (a URL the request was redirected to matches {@code pattern})
   * @param header the header name, for header signals
   * @param pattern a case-insensitive regular expression (Java syntax), found anywhere in the value
   * @param generated whether the sign shows the product generated the response itself (its own
   *     error page, an error header only it sets) rather than merely passed it on ({@code Via},
   *     a {@code Server} header it puts on every response)
   * @param weight the certainty factor it contributes, within (0, 1]
   * @param means what the response means when this sign shows the product generated it, overriding
   *     the product's meaning for the status (Cloudflare's own branded 502 page puts the fault on the
   *     origin, its unbranded one on its edge), or null to use the product's codes
   * @param unique false when other products send exactly this sign too (a bare "Bad Gateway" text is
   *     what every Go reverse proxy sends): alone it then does not name the product
   * @param example a header value or body text that shows the sign, as real responses carry it;
   *     required for {@code header} and {@code body} signs and checked to match (it documents the
   *     pattern and feeds the side-model table test)
   * @throws IllegalArgumentException naming the product when the definition is incomplete, the
   *     pattern is not a valid regular expression or the example does not show the sign
   */
  public FingerprintSignal(String product, String where, String header, String pattern, boolean generated,
      double weight, CodeMeaning means, boolean unique, String example) {
    this.product = Objects.requireNonNull(product, "product");
    this.where = Objects.requireNonNull(where, "where");
    if (!where.equals("header") && !where.equals("header-present") && !where.equals("body")
        && !where.equals("redirect")) {
      throw new IllegalArgumentException("signal of " + product + ": where must be header, header-present, body or"
          + " redirect, got " + where);
    }
    if ((where.equals("header") || where.equals("header-present")) && (header == null || header.isBlank())) {
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
    this.unique = unique;
    try {
      this.compiled = pattern == null ? null : new SignalPattern(pattern);
    } catch (PatternSyntaxException e) {
      throw new IllegalArgumentException("signal of " + product + ": invalid pattern " + pattern + ": "
          + e.getDescription());
    }
    if (!where.equals("header-present") && (example == null || example.isEmpty())) {
      throw new IllegalArgumentException("signal of " + product + " on " + where + " \"" + pattern
          + "\" needs an example: a value or text from a real response that shows it");
    }
    if (example != null && compiled != null
        && !compiled.foundIn(ResponseText.decodeEntities(example), ResponseText.foldCase(ResponseText.decodeEntities(example)))) {
      throw new IllegalArgumentException("signal of " + product + ": its example does not match its pattern "
          + pattern + ": " + example);
    }
    this.example = example;
  }

  public String product() { return product; }
  public String where() { return where; }
  public String header() { return header; }
  public String pattern() { return pattern; }
  public boolean generated() { return generated; }
  public double weight() { return weight; }

  /** What the response means when this sign is present, or null to use the product's codes. */
  public CodeMeaning means() { return means; }

  /** Whether the sign is this product's alone (false: other products send exactly it too). */
  public boolean unique() { return unique; }

  /** A value or text that shows the sign, or null for {@code header-present} signs. */
  public String example() { return example; }

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
      case "redirect" -> {
        for (String url : exchange.redirects()) {
          if (compiled.foundIn(url)) {
            yield true;
          }
        }
        yield false;
      }
      default -> response.body() != null && compiled.foundIn(response.body(), response.bodyLower());
    };
  }

  /**
   * The sign in words for a report a person reads, without its regular expression: {@code the
   * Server header is what this product sends (such as "cloudflare")}.
   */
  public String inWords() {
    // An example shows the sign when it is short plain text; markup would be another code to read.
    String like = example == null || example.length() > 60 || example.contains("<") ? ""
        : " (such as \"" + example.strip() + "\")";
    return switch (where) {
      case "header-present" -> "the response carries the " + header + " header this product sets";
      case "header" -> "the " + header + " header is what this product sends" + like;
      case "redirect" -> "the request was redirected to this product's sign-in or block page";
      default -> "the error page carries this product's own markings" + like;
    };
  }

  /** A short description for rule authors, such as {@code header Server matches "cloudflare"}. */
  public String describe() {
    return switch (where) {
      case "header-present" -> "header " + header + " is present";
      case "header" -> "header " + header + " matches \"" + pattern + "\"";
      case "redirect" -> "a redirect to a URL matching \"" + pattern + "\"";
      default -> "the body matches \"" + pattern + "\"";
    };
  }

  @Override
  public String toString() {
    return product + ": " + describe();
  }
}
