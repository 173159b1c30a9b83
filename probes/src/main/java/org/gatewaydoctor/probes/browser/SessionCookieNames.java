package org.gatewaydoctor.probes.browser;

import java.util.Locale;
import java.util.Set;

/**
 * Whether a cookie name is a sign-in session: the precise names sites and frameworks use
 * ({@code __Secure-next-auth.session-token} and its {@code .0}, {@code .1} chunks, {@code sid},
 * {@code connect.sid}, {@code PHPSESSID}, {@code JSESSIONID}, {@code ASP.NET_SessionId}, Auth0's
 * {@code auth0}, a Rails
 * {@code _app_session}, {@code wordpress_logged_in_...}), not any name that merely contains
 * "auth" ({@code author_pref}, {@code oauth_consent_shown} are no sign-in). It only decides what is
 * counted as "session-like", never what is read.
 */
final class SessionCookieNames {

  /** Whole names (lower case, without a {@code __Secure-}/{@code __Host-} prefix or a chunk number). */
  private static final Set<String> NAMES = Set.of(
      "sid", "ssid", "sess", "sso", "session", "sessionid", "session_id", "session-id", "sessid", "__session",
      "connect.sid", "phpsessid", "jsessionid", "asp.net_sessionid", "laravel_session", "ci_session",
      "_session_id", "rack.session", "express.sid", "koa.sess", "koa:sess",
      "next-auth.session-token", "authjs.session-token", "session-token", "session_token",
      "auth_token", "authtoken", "auth-token", "access_token", "refresh_token", "id_token", "jwt", "_auth",
      "remember_token", "remember_user_token", "_oauth2_proxy", ".aspxauth", ".aspnetcore.cookies",
      "appsession", "a0:session", "auth0", "auth0_compat", "__stripe_sid");

  /** Name starts of families that add a site-specific tail ({@code wordpress_logged_in_<hash>}). */
  private static final Set<String> PREFIXES = Set.of("wordpress_logged_in_", "aspsessionid", "wp-settings-sess",
      "sb-access-token", "sb-refresh-token");

  private SessionCookieNames() {}

  static boolean isSessionLike(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    // RFC 6265bis 4.1.3: the __Secure- and __Host- prefixes only restrict where a cookie may be set.
    n = n.startsWith("__secure-") ? n.substring(9) : n.startsWith("__host-") ? n.substring(7) : n;
    // NextAuth/Auth.js split a token too large for one cookie into name.0, name.1, ...
    n = n.replaceFirst("\\.\\d+$", "");
    if (NAMES.contains(n)) {
      return true;
    }
    for (String prefix : PREFIXES) {
      if (n.startsWith(prefix)) {
        return true;
      }
    }
    // "<app>_session" (Rails' "_<app>_session", Laravel's "laravel_session", "auth_session") and
    // Supabase's "sb-<project>-auth-token" name a session by their last part.
    return n.endsWith("_session") || n.endsWith("-session") || n.endsWith(".session")
        || (n.startsWith("sb-") && n.endsWith("-auth-token"));
  }
}
