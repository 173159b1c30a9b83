package org.gatewaydoctor.probes.browser;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether a cookie name looks like a sign-in session: the names sites and frameworks use
 * ({@code __Secure-next-auth.session-token}, {@code sid}, {@code connect.sid}, {@code PHPSESSID},
 * {@code auth_token}, {@code JSESSIONID}). A heuristic; it only decides what is counted as
 * "session-like", never what is read.
 */
final class SessionCookieNames {

  /** Name parts that mark a session cookie wherever they appear. */
  private static final Pattern CONTAINS = Pattern.compile("session|sessid|token|auth|jwt|login");

  /** Short names that mark one only as a whole part ({@code sid}, not {@code consider}). */
  private static final Set<String> WHOLE_PARTS = Set.of("sid", "ssid", "sess", "sso");

  private SessionCookieNames() {}

  static boolean isSessionLike(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    if (CONTAINS.matcher(n).find()) {
      return true;
    }
    for (String part : n.split("[^a-z0-9]+")) {
      if (WHOLE_PARTS.contains(part)) {
        return true;
      }
    }
    return false;
  }
}
