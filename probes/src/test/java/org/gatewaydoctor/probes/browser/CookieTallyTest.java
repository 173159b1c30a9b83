package org.gatewaydoctor.probes.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.gatewaydoctor.facts.browser.CookieSummary;
import org.junit.jupiter.api.Test;

class CookieTallyTest {

  private static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");

  @Test
  void summarisesEachStoredDomainSeparatelyInDomainOrder() {
    List<CookieSummary> out = CookieTally.summarise(List.of(
        new CookieRow("chatgpt.com", "a", 1, null),
        new CookieRow(".chatgpt.com", "b", 2, null),
        new CookieRow("chatgpt.com", "c", 3, null)), NOW);
    assertThat(out).extracting(CookieSummary::domain).containsExactly(".chatgpt.com", "chatgpt.com");
    assertThat(out.get(1).count()).isEqualTo(2);
    assertThat(out.get(1).totalBytes()).isEqualTo(1 + 1 + 1 + 3);
  }

  @Test
  void headerBytesIsTheCookieLineTheUnexpiredCookiesForm() {
    List<CookieSummary> out = CookieTally.summarise(List.of(
        new CookieRow("x.test", "a", 1, null),                      // a=1
        new CookieRow("x.test", "bb", 3, NOW.plusSeconds(60)),      // bb=333
        new CookieRow("x.test", "old", 9, NOW.minusSeconds(1))), NOW);
    String line = "Cookie: a=1; bb=333";
    assertThat(out.get(0).headerBytes()).isEqualTo(line.length());
    assertThat(out.get(0).totalBytes()).isEqualTo(2 + 5 + 12);
    assertThat(out.get(0).largestBytes()).isEqualTo(12);
  }

  @Test
  void countsExpiredAndExpiringWithinTheHour() {
    CookieSummary s = CookieTally.summarise(List.of(
        new CookieRow("x.test", "gone", 1, NOW.minusSeconds(5)),
        new CookieRow("x.test", "now", 1, NOW),
        new CookieRow("x.test", "soon", 1, NOW.plus(Duration.ofMinutes(59))),
        new CookieRow("x.test", "later", 1, NOW.plus(Duration.ofMinutes(61))),
        new CookieRow("x.test", "browser-session", 1, null)), NOW).get(0);
    assertThat(s.expired()).isEqualTo(2);
    assertThat(s.expiringSoon()).isEqualTo(1);
    assertThat(s.headerBytes()).isEqualTo("Cookie: soon=1; later=1; browser-session=1".length());
  }

  @Test
  void reportsTheEarliestExpiryOfSessionLikeCookiesOnly() {
    CookieSummary s = CookieTally.summarise(List.of(
        new CookieRow("x.test", "__Secure-next-auth.session-token", 100, NOW.plus(Duration.ofDays(3))),
        new CookieRow("x.test", "sid", 10, NOW.plus(Duration.ofMinutes(20)).plusNanos(123_000)),
        new CookieRow("x.test", "theme", 4, NOW.plusSeconds(5)),
        new CookieRow("x.test", "auth_session", 4, null)), NOW).get(0);
    assertThat(s.sessionLike()).isEqualTo(3);
    assertThat(s.sessionExpiresAt()).isEqualTo("2026-11-26T12:20:00Z");
  }

  @Test
  void noSessionLikeCookieMeansNoSessionExpiry() {
    CookieSummary s = CookieTally.summarise(List.of(new CookieRow("x.test", "theme", 4, NOW.plusSeconds(5))), NOW)
        .get(0);
    assertThat(s.sessionLike()).isZero();
    assertThat(s.sessionExpiresAt()).isNull();
  }

  @Test
  void sessionNamesAreRecognisedByTheirPreciseNames() {
    assertThat(SessionCookieNames.isSessionLike("__Secure-next-auth.session-token")).isTrue();
    assertThat(SessionCookieNames.isSessionLike("connect.sid")).isTrue();
    assertThat(SessionCookieNames.isSessionLike("PHPSESSID")).isTrue();
    // The state of a sign-in in progress (OAuth's CSRF guard) is no sign-in session.
    assertThat(SessionCookieNames.isSessionLike("oauth_state")).isFalse();
    assertThat(SessionCookieNames.isSessionLike("consider")).isFalse();
    assertThat(SessionCookieNames.isSessionLike("_ga")).isFalse();
    assertThat(SessionCookieNames.isSessionLike("cf_clearance")).isFalse();
  }
}
