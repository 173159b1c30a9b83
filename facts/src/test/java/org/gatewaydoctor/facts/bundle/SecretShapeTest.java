package org.gatewaydoctor.facts.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Issue 16, defect 5: secrets are found by the shape of their value, not only by the name of the
 * field that holds them: in a URL's query and path, in header values and in bodies.
 */
class SecretShapeTest {

  private final Redactor redactor = new Redactor();

  @Test
  void anAwsKeyInAnInnocentlyNamedQueryParameterIsRedacted() {
    assertThat(redactor.url("https://chatgpt.com/c?ref=AKIAIOSFODNN7EXAMPLE&lang=en"))
        .isEqualTo("https://chatgpt.com/c?ref=[redacted]&lang=en");
  }

  @Test
  void keysOfEveryKnownVendorShapeAreRedactedInText() {
    String body = "aws ASIAY34FZKBOKMUTVV7A google AIzaSyD-9tSrke72PouQMnMX-a7eZSW0jkFMBWY "
        + "gh ghp_16C7e42F292c6912E7710c838347Ae178B4a pat github_pat_11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyz "
        + "slack xoxb-17653672481-19874698323-pdFZKVeTuE8sk7oOcBrzbqgy stripe sk_live_4eC39HqLyjWDarjtT1zdp7dc";
    assertThat(redactor.text(body)).isEqualTo("aws [redacted] google [redacted] gh [redacted] pat [redacted] "
        + "slack [redacted] stripe [redacted]");
  }

  @Test
  void longRandomTokensAreRedactedButWordsHashesOfUuidsAndPathsStay() {
    assertThat(redactor.text("secret wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY end")).isEqualTo("secret [redacted] end");
    assertThat(redactor.text("id 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08."))
        .isEqualTo("id [redacted].");
    assertThat(redactor.text("request 123e4567-e89b-12d3-a456-426614174000 at /backend-api/conversation/init"))
        .isEqualTo("request 123e4567-e89b-12d3-a456-426614174000 at /backend-api/conversation/init");
    assertThat(redactor.text("an_extraordinarily_long_identifier_made_of_words")).isEqualTo(
        "an_extraordinarily_long_identifier_made_of_words");
  }

  @Test
  void hiddenInputsAndTokenMetaTagsLoseTheirValues() {
    String html = "<meta name=\"csrf-token\" content=\"q1w2e3r4t5\"><meta name=\"viewport\" content=\"width=device-width\">"
        + "<input type=\"hidden\" name=\"authenticity_token\" value=\"zz9yy8\"><input type='text' name='q' value='hello'>"
        + "<input value=abc123 type=hidden name=state>";
    assertThat(redactor.text(html)).isEqualTo(
        "<meta name=\"csrf-token\" content=\"[redacted]\"><meta name=\"viewport\" content=\"width=device-width\">"
            + "<input type=\"hidden\" name=\"authenticity_token\" value=\"[redacted]\"><input type='text' name='q' value='hello'>"
            + "<input value=[redacted] type=hidden name=state>");
  }

  @Test
  void privateKeyBlocksAreRedactedEvenWhenTheExcerptCutsThem() {
    assertThat(redactor.text("key:\n-----BEGIN RSA PRIVATE KEY-----\nMIIEow\nabc\n-----END RSA PRIVATE KEY-----\nok"))
        .isEqualTo("key:\n[redacted]\nok");
    assertThat(redactor.text("-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA")).isEqualTo("[redacted]");
  }

  @Test
  void aTokenInAUrlPathIsRedacted() {
    assertThat(redactor.url("https://user:pw@example.com/reset/AKIAIOSFODNN7EXAMPLE/done"))
        .isEqualTo("https://example.com/reset/[redacted]/done");
  }

  @Test
  void redactingTwiceChangesNothing() {
    String once = redactor.text("<input type=hidden value=\"x1\"> AKIAIOSFODNN7EXAMPLE eyJhbGciOiJI.eyJzdWIi.sig");
    assertThat(redactor.text(once)).isEqualTo(once);
  }
}
