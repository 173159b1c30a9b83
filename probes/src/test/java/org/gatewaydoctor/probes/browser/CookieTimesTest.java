package org.gatewaydoctor.probes.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class CookieTimesTest {

  @Test
  void chromiumCountsMicrosecondsFrom1601() {
    assertThat(CookieTimes.chromium(11_644_473_600_000_000L)).isEqualTo(Instant.EPOCH);
    // TEST-RIG §6: the 400-day cap put "pref" at 13474698876074599 = 2027-12-31
    assertThat(CookieTimes.chromium(13_474_698_876_074_599L).toString()).startsWith("2027-12-31T");
    assertThat(CookieTimes.chromium(13_474_698_876_074_599L).getNano()).isEqualTo(74_599_000);
  }

  @Test
  void chromiumZeroMeansASessionCookie() {
    assertThat(CookieTimes.chromium(0)).isNull();
  }

  @Test
  void firefoxMillisecondsAndOlderSecondsGiveTheSameInstant() {
    // TEST-RIG §6: Firefox 153 stored 1830225290619 ms for the 2027-12-31 cap
    Instant millis = CookieTimes.firefox(1_830_225_290_619L);
    assertThat(millis.toString()).startsWith("2027-12-31T");
    assertThat(CookieTimes.firefox(1_830_225_290L)).isEqualTo(millis.minusMillis(619));
  }

  @Test
  void firefoxNonPositiveIsNoExpiry() {
    assertThat(CookieTimes.firefox(0)).isNull();
  }
}
