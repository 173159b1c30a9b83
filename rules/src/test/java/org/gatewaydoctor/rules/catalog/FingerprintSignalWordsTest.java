package org.gatewaydoctor.rules.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Evidence a person reads names the sign in words; the regular expression is for rule authors. */
class FingerprintSignalWordsTest {

  @Test
  void aBodySignReadsAsWordsWithoutItsPattern() {
    FingerprintSignal s = new FingerprintSignal("cloudflare", "body", null,
        "(?s)id=\"cf-wrapper\".*(cf-error-code\">\\s*|error code\\s*)50[24]\\b", true, 0.9, null, true,
        "<div id=\"cf-wrapper\"> <span class=\"cf-error-code\">502</span>");

    assertThat(s.inWords()).isEqualTo("the error page carries this product's own markings");
    assertThat(s.describe()).contains("cf-wrapper");
  }

  @Test
  void aHeaderSignShowsAnExampleValueInsteadOfThePattern() {
    FingerprintSignal s = new FingerprintSignal("cloudflare", "header", "server", "^cloudflare", false, 0.4, null, true,
        "cloudflare");

    assertThat(s.inWords()).isEqualTo("the server header is what this product sends (such as \"cloudflare\")")
        .doesNotContain("^");
    assertThat(new FingerprintSignal("cloudflare", "header-present", "cf-ray", null, false, 0.3, null, true, null)
        .inWords()).isEqualTo("the response carries the cf-ray header this product sets");
  }
}
