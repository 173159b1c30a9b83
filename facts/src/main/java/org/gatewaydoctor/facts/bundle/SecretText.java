package org.gatewaydoctor.facts.bundle;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds secrets in URLs and free text (body excerpts, error details, header values) and replaces
 * them with {@link Redactor#REDACTED}. Redacting twice gives the same text as redacting once.
 */
final class SecretText {

  private static final String REDACTED = Redactor.REDACTED;

  /** Query and fragment parameters whose values are credentials (OAuth 2.0, RFC 6749; AWS SigV4; common APIs). */
  private static final Set<String> SECRET_PARAMS = Set.of(
      "token", "access_token", "refresh_token", "id_token", "code", "key", "api_key", "apikey", "sig", "signature",
      "session", "sessionid", "session_token", "auth", "password", "passwd", "secret", "client_secret", "jwt",
      "x-amz-signature", "x-amz-credential", "x-amz-security-token", "state", "nonce");

  /** JSON or form fields whose values are secrets, in body excerpts. */
  private static final Pattern SECRET_FIELD = Pattern.compile(
      "(\"?(?:access_token|refresh_token|id_token|token|api_key|apikey|password|secret|client_secret|session_token"
          + "|sessionid|session|csrf_token|accessToken|refreshToken|idToken|authorization)\"?\\s*[:=]\\s*\"?)"
          // The value ends where JSON, a query string, a header or markup would end it.
          + "([^\"'&\\s,;<>(){}\\[\\]]+)",
      Pattern.CASE_INSENSITIVE);

  /** Credential headers echoed as text (debug pages that print the request back). */
  private static final Pattern HEADER_LINE = Pattern.compile(
      "(?im)^(\\s*(?:authorization|proxy-authorization|cookie|x-api-key|api-key|x-auth-token)\\s*:\\s*)\\S.*$");

  /** JSON Web Tokens (RFC 7519): three base64url parts, the first a JSON header ({@code eyJ}). */
  private static final Pattern JWT = Pattern.compile("eyJ[A-Za-z0-9_-]{5,}\\.[A-Za-z0-9_-]{5,}\\.[A-Za-z0-9_-]*");

  /** Bearer credentials (RFC 6750) and API keys of the shape vendors use ({@code sk-...}). */
  private static final Pattern BEARER = Pattern.compile("(?i)(bearer\\s+)[A-Za-z0-9._~+/=-]{8,}");
  private static final Pattern API_KEY = Pattern.compile("\\bsk-[A-Za-z0-9_-]{16,}");

  /** A URL inside text; it ends where HTML or prose would end it. */
  private static final Pattern URL_IN_TEXT = Pattern.compile("\\b[a-zA-Z][a-zA-Z0-9+.-]*://[^\\s\"'<>(){}]+");

  /**
   * The userinfo of a URL (RFC 3986 section 3.2.1), with or without a scheme ({@code user:pass@proxy:3128}
   * as HTTP_PROXY often holds it). Greedy up to the last {@code @} before the path, so that an
   * unencoded {@code @} in a password does not leave its tail behind.
   */
  private static final Pattern USERINFO = Pattern.compile("^((?:[a-zA-Z][a-zA-Z0-9+.-]*:)?//)?[^/?#\\s]*@");

  private SecretText() {}

  /** A URL without credentials, with secret query and fragment parameters' values replaced. */
  static String url(String url) {
    if (url == null) {
      return null;
    }
    String clean = USERINFO.matcher(url).replaceFirst("$1");
    int q = clean.indexOf('?');
    int hash = clean.indexOf('#');
    int end = hash < 0 ? clean.length() : hash;
    StringBuilder out = new StringBuilder();
    if (q >= 0 && q < end) {
      out.append(clean, 0, q + 1).append(params(clean.substring(q + 1, end)));
    } else {
      out.append(clean, 0, end);
    }
    if (hash >= 0) {
      // OAuth's implicit flow returns tokens in the fragment (RFC 6749 section 4.2.2).
      out.append('#').append(params(clean.substring(hash + 1)));
    }
    return out.toString();
  }

  /** Text with every URL cleaned ({@link #url}) and token-like values replaced. */
  static String text(String text) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    String out = URL_IN_TEXT.matcher(text).replaceAll(m -> Matcher.quoteReplacement(url(m.group())));
    out = HEADER_LINE.matcher(out).replaceAll("$1" + Matcher.quoteReplacement(REDACTED));
    out = JWT.matcher(out).replaceAll(REDACTED);
    out = BEARER.matcher(out).replaceAll("$1" + Matcher.quoteReplacement(REDACTED));
    out = API_KEY.matcher(out).replaceAll(REDACTED);
    return SECRET_FIELD.matcher(out).replaceAll("$1" + Matcher.quoteReplacement(REDACTED));
  }

  private static String params(String query) {
    if (query.indexOf('=') < 0) {
      return query;
    }
    String[] pairs = query.split("&", -1);
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < pairs.length; i++) {
      out.append(i > 0 ? "&" : "").append(param(pairs[i]));
    }
    return out.toString();
  }

  private static String param(String pair) {
    int eq = pair.indexOf('=');
    if (eq < 0) {
      return pair;
    }
    String name = pair.substring(0, eq);
    String value = pair.substring(eq + 1);
    // In HTML, '&' is written "&amp;", which leaves "amp;" in front of the name after splitting.
    String key = name.toLowerCase(Locale.ROOT).replaceFirst("^amp;", "");
    if (value.isEmpty() || value.equals(REDACTED)) {
      return pair;
    }
    if (SECRET_PARAMS.contains(key)) {
      return name + "=" + REDACTED;
    }
    return name + "=" + encodedText(value);
  }

  /** A parameter value with secrets replaced, also inside a percent-encoded URL (a redirect_uri). */
  private static String encodedText(String value) {
    String plain = text(value);
    if (!plain.equals(value)) {
      return plain;
    }
    String decoded;
    try {
      decoded = URLDecoder.decode(value, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return value; // not valid percent-encoding, so nothing encoded hides in it
    }
    String clean = text(decoded);
    return clean.equals(decoded) ? value
        : URLEncoder.encode(clean, StandardCharsets.UTF_8).replace("%5Bredacted%5D", REDACTED);
  }
}
