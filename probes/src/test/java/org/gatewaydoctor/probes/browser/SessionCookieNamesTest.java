package org.gatewaydoctor.probes.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SessionCookieNamesTest {

  @ParameterizedTest
  @ValueSource(strings = {"__Secure-next-auth.session-token", "__Secure-next-auth.session-token.0",
      "__Secure-next-auth.session-token.1", "sid", "connect.sid", "PHPSESSID", "JSESSIONID", "ASP.NET_SessionId",
      "_myapp_session", "wordpress_logged_in_5c016e8f0f95f039102cbe8366c5c7f3", "__Host-session", "auth_token",
      "sb-abcdefgh-auth-token"})
  void signInCookiesAreKnownByTheirPreciseNames(String name) {
    assertThat(SessionCookieNames.isSessionLike(name)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"author_pref", "oauth_consent_shown", "authz_banner_seen", "authorized_countries",
      "login_hint_seen", "consider", "_ga", "cf_clearance", "__cf_bm", "oai-did", "tokenizer_pref"})
  void namesThatMerelyContainAuthOrTokenAreNotSignInCookies(String name) {
    assertThat(SessionCookieNames.isSessionLike(name)).isFalse();
  }
}
