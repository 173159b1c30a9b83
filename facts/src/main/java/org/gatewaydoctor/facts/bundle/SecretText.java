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
  private static final Pattern BEARER = Pattern.compile("(?i)(bearer(?:\\s+|%20|\\+))[A-Za-z0-9._~+/=-]{8,}");
  private static final Pattern API_KEY = Pattern.compile("\\bsk-[A-Za-z0-9_-]{16,}");

  /**
   * Credentials recognised by their shape alone, wherever they stand (issue 16: redaction by field
   * name misses a key in an innocently named query parameter or in an error page). Each vendor
   * documents its prefix: AWS access key ids ({@code AKIA} long-term, {@code ASIA} temporary; IAM
   * "Unique identifiers"), Google API keys ({@code AIza}), GitHub tokens ({@code ghp_}, {@code gho_},
   * {@code ghu_}, {@code ghs_}, {@code ghr_}, {@code github_pat_}; "About authentication to GitHub"),
   * GitLab ({@code glpat-}), Slack ({@code xoxb-}, {@code xoxp-}, ...; "Token types"), Stripe
   * ({@code sk_live_}, {@code rk_live_}, {@code whsec_}; "API keys"), npm ({@code npm_}).
   */
  private static final Pattern VENDOR_KEY = Pattern.compile("(?<![A-Za-z0-9])(?:"
      + "(?:AKIA|ASIA|ABIA|ACCA|AGPA|AIDA|AIPA|AKPA|ANPA|ANVA|APKA|AROA|ASCA)[A-Z0-9]{16}"
      + "|AIza[0-9A-Za-z_-]{35}"
      + "|gh[pousr]_[A-Za-z0-9]{30,}|github_pat_[A-Za-z0-9_]{30,}"
      + "|glpat-[A-Za-z0-9_-]{20,}"
      + "|xox[abposre]-[A-Za-z0-9-]{10,}|xapp-[A-Za-z0-9-]{10,}"
      + "|(?:sk|rk)_(?:live|test)_[A-Za-z0-9]{10,}|whsec_[A-Za-z0-9]{20,}"
      + "|npm_[A-Za-z0-9]{36}"
      + ")(?![A-Za-z0-9])");

  /** A PEM private key (RFC 7468), to its END line or, in a cut excerpt, to the end of the text. */
  private static final Pattern PRIVATE_KEY = Pattern.compile(
      "-----BEGIN [A-Z0-9 ]*PRIVATE KEY-----[\\s\\S]*?(?:-----END [A-Z0-9 ]*PRIVATE KEY-----|$)");

  /**
   * A long run of token characters (base64, base64url or hex) that could be a random secret: an AWS
   * secret access key, a session id, an HMAC. {@link #randomLooking} decides; words, paths and
   * UUIDs (hyphenated in groups shorter than this) never qualify.
   */
  private static final Pattern LONG_TOKEN = Pattern.compile("(?<![A-Za-z0-9+/_=-])[A-Za-z0-9+/_-]{32,}={0,2}(?![A-Za-z0-9+/_=-])");

  /** An HTML {@code <input>} or {@code <meta>} tag. */
  private static final Pattern INPUT_TAG = Pattern.compile("(?i)<input\\b[^>]*>");
  private static final Pattern META_TAG = Pattern.compile("(?i)<meta\\b[^>]*>");
  private static final Pattern HIDDEN_TYPE = Pattern.compile("(?i)\\btype\\s*=\\s*[\"']?hidden\\b");
  private static final Pattern TOKEN_META_NAME = Pattern.compile(
      "(?i)\\b(?:name|property|http-equiv|itemprop)\\s*=\\s*[\"']?[^\"'\\s>]*(?:csrf|xsrf|token|nonce|secret|session|key)");
  private static final Pattern VALUE_ATTR = Pattern.compile("(?i)(\\bvalue\\s*=\\s*)(\"[^\"]*\"|'[^']*'|[^\\s\"'>]+)");
  private static final Pattern CONTENT_ATTR = Pattern.compile("(?i)(\\bcontent\\s*=\\s*)(\"[^\"]*\"|'[^']*'|[^\\s\"'>]+)");

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
    int hashAt = clean.indexOf('#');
    int pathEnd = q >= 0 ? q : hashAt >= 0 ? hashAt : clean.length();
    // A key by its shape in the path (/reset/<token>) is as secret as in the query.
    // (Whole, not segment by segment: a base64 key may hold a '/'.)
    String path = shapes(clean.substring(0, pathEnd));
    clean = path + clean.substring(pathEnd);
    q = clean.indexOf('?');
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
    String out = PRIVATE_KEY.matcher(text).replaceAll(REDACTED);
    out = URL_IN_TEXT.matcher(out).replaceAll(m -> Matcher.quoteReplacement(url(m.group())));
    out = HEADER_LINE.matcher(out).replaceAll("$1" + Matcher.quoteReplacement(REDACTED));
    out = tagValues(out);
    out = shapes(out);
    return SECRET_FIELD.matcher(out).replaceAll("$1" + Matcher.quoteReplacement(REDACTED));
  }

  /** Text with every value whose shape alone says "credential" replaced. */
  private static String shapes(String text) {
    String out = BEARER.matcher(text).replaceAll("$1" + Matcher.quoteReplacement(REDACTED));
    out = JWT.matcher(out).replaceAll(REDACTED);
    out = API_KEY.matcher(out).replaceAll(REDACTED);
    out = VENDOR_KEY.matcher(out).replaceAll(REDACTED);
    return LONG_TOKEN.matcher(out).replaceAll(m -> randomLooking(m.group()) ? REDACTED : Matcher.quoteReplacement(m.group()));
  }

  /**
   * Whether a long run of token characters looks random rather than made of words: hex with both
   * digits and letters, or upper and lower case with digits or a few symbols ({@code + / _ -}), the
   * symbols rare enough that the run is not words joined by separators. (A random 32-character
   * base64 string has both cases and a digit or symbol but for odds of about one in ten thousand.)
   */
  static boolean randomLooking(String run) {
    int upper = 0;
    int lower = 0;
    int digit = 0;
    int separators = 0;
    boolean hex = true;
    for (int i = 0; i < run.length(); i++) {
      char c = run.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        upper++;
      } else if (c >= 'a' && c <= 'z') {
        lower++;
      } else if (c >= '0' && c <= '9') {
        digit++;
      } else {
        separators++;
      }
      hex &= Character.digit(c, 16) >= 0 || c == '=';
    }
    if (hex && digit > 0 && upper + lower > 0 && (upper == 0 || lower == 0)) {
      return true;
    }
    int classes = (upper > 0 ? 1 : 0) + (lower > 0 ? 1 : 0) + (digit > 0 ? 1 : 0) + (separators > 0 ? 1 : 0);
    return upper >= 2 && lower >= 2 && classes >= 3 && separators * 8 <= run.length();
  }

  /**
   * HTML with the values of hidden form fields and of token-like {@code <meta>} tags replaced: a
   * page's CSRF token ({@code <input type="hidden" name="authenticity_token" value="...">},
   * {@code <meta name="csrf-token" content="...">}) is a credential for that session.
   */
  private static String tagValues(String html) {
    if (html.indexOf('<') < 0) {
      return html;
    }
    String out = INPUT_TAG.matcher(html).replaceAll(m -> Matcher.quoteReplacement(
        HIDDEN_TYPE.matcher(m.group()).find() ? attribute(VALUE_ATTR, m.group()) : m.group()));
    return META_TAG.matcher(out).replaceAll(m -> Matcher.quoteReplacement(
        TOKEN_META_NAME.matcher(m.group()).find() ? attribute(CONTENT_ATTR, m.group()) : m.group()));
  }

  private static String attribute(Pattern attr, String tag) {
    return attr.matcher(tag).replaceAll(m -> {
      String v = m.group(2);
      char q = v.charAt(0);
      boolean quoted = q == '"' || q == '\'';
      String inner = quoted ? v.substring(1, v.length() - 1) : v;
      if (inner.isEmpty() || inner.equals(REDACTED)) {
        return Matcher.quoteReplacement(m.group());
      }
      return Matcher.quoteReplacement(m.group(1) + (quoted ? q + REDACTED + q : REDACTED));
    });
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
    String decoded;
    try {
      decoded = URLDecoder.decode(value, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return text(value); // not valid percent-encoding, so nothing encoded hides in it
    }
    if (decoded.equals(value)) {
      return text(value);
    }
    // Decoded first, so that a key's shape is seen whole, not cut by its %2F and %2B escapes.
    String clean = text(decoded);
    return clean.equals(decoded) ? text(value)
        : URLEncoder.encode(clean, StandardCharsets.UTF_8).replace("%5Bredacted%5D", REDACTED);
  }
}
