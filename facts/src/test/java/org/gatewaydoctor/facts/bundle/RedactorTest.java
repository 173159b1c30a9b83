package org.gatewaydoctor.facts.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.gatewaydoctor.facts.Environment;
import org.gatewaydoctor.facts.ProbeOutcome;
import org.gatewaydoctor.facts.ProbeStatus;
import org.gatewaydoctor.facts.Target;
import org.gatewaydoctor.facts.connectivity.ReferenceCheck;
import org.gatewaydoctor.facts.connectivity.ReferenceResult;
import org.gatewaydoctor.facts.http.ExchangeSource;
import org.gatewaydoctor.facts.http.HttpExchange;
import org.gatewaydoctor.facts.http.HttpFailure;
import org.gatewaydoctor.facts.http.HttpHeader;
import org.gatewaydoctor.facts.http.HttpTimings;
import org.gatewaydoctor.facts.network.ProxySetting;
import org.junit.jupiter.api.Test;

/**
 * Secrets planted in every place a bundle can carry text never reach the written JSON, while the
 * names the rules reason about (headers, cookies, parameters) stay. Every planted secret contains
 * the word "canary", and nothing else in the bundle does.
 */
class RedactorTest {

  private static final String JWT =
      "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJjYW5hcnkifQ.Y2FuYXJ5LXNpZ25hdHVyZQ";

  private final BundleWriter writer = new BundleWriter();
  private final Redactor redactor = new Redactor();

  @Test
  void noPlantedSecretSurvivesWriting() {
    String json = writer.toJson(planted());

    assertThat(json).doesNotContainIgnoringCase("canary");
    assertThat(json).doesNotContain(JWT.substring(0, 20), "dXNlcjpj");
  }

  @Test
  void credentialHeadersKeepTheirNamesButLoseTheirValues() {
    assertThat(headers(written())).contains(
        "Authorization: [redacted]",
        "Proxy-Authorization: [redacted]",
        "x-api-key: [redacted]",
        "X-Goog-Api-Key: [redacted]",
        "X-Session-Id: [redacted]");
  }

  @Test
  void cookiesKeepNamesAndAttributesButNotValues() {
    assertThat(headers(written())).contains(
        "Cookie: sid=[redacted]; theme=[redacted]",
        "Set-Cookie: __Secure-next-auth.session-token=[redacted]; Path=/; Secure; HttpOnly; SameSite=Lax",
        "set-cookie: __cf_bm=[redacted]; path=/; expires=Wed, 26-Nov-26 10:30:00 GMT\n_cfuvid=[redacted]; path=/",
        "Set-Cookie: old=; Max-Age=0");
  }

  @Test
  void challengesAndFingerprintHeadersAreKept() {
    assertThat(headers(written())).contains(
        "server: cloudflare",
        "cf-ray: 8e4f2c1a9b3d5e7f-FRA",
        "WWW-Authenticate: Bearer realm=\"api\"",
        "x-ratelimit-remaining-tokens: 149984",
        "Link: <https://app.example.com/next?access_token=[redacted]>; rel=next");
  }

  @Test
  void urlsKeepTheirParameterNamesButLoseSecretValues() {
    FactBundle written = written();
    HttpExchange probe = written.observations().http().get(0);

    assertThat(written.target().url()).isEqualTo("https://chatgpt.com/?token=[redacted]");
    assertThat(probe.url()).isEqualTo("https://chatgpt.com/auth/callback?code=[redacted]&state=[redacted]&lang=en");
    assertThat(probe.header("Location")).hasValue("https://idp.example.com/authorize?client_id=web&sig=[redacted]");
    assertThat(probe.redirects()).containsExactly(
        "https://idp.example.com/authorize?client_id=web&sig=[redacted]",
        "https://app.example.com/cb#access_token=[redacted]&token_type=bearer",
        "https://198.51.100.7/private",
        "https://203.0.113.9/login",
        "https://idp.example.com/login?redirect_uri=https%3A%2F%2Fapp.example.com%2Fcb%3Fcode%3D[redacted]");
    assertThat(written.observations().connectivity().get(0).location())
        .isEqualTo("http://127.0.0.2/login?session=[redacted]");
  }

  @Test
  void bodyExcerptsLoseTokensButKeepTheirShape() {
    assertThat(written().observations().http().get(0).bodyExcerpt()).isEqualTo(
        "{\"access_token\":\"[redacted]\",\"refresh_token\": \"[redacted]\",\"error\":\"invalid_grant\","
            + "\"id\":\"[redacted]\"}\nAuthorization: [redacted]\n"
            + "key [redacted]\n"
            + "<a href=\"https://app.example.com/cb?a=1&amp;code=[redacted]\">back</a>\n"
            + "Cookie: [redacted]");
  }

  @Test
  void proxyCredentialsAreStrippedWithOrWithoutAScheme() {
    FactBundle written = written();

    assertThat(written.observations().proxies()).extracting(ProxySetting::value)
        .containsExactly("http://127.0.0.1:3128", "127.0.0.1:3129");
    assertThat(written.observations().http().get(1).viaProxy()).isEqualTo("http://127.0.0.1:3128");
    assertThat(written.observations().http().get(1).detail()).isEqualTo("connect to http://127.0.0.1:3128 failed");
    assertThat(written.probes().get(0).reason()).isEqualTo("proxy http://127.0.0.1:3128 refused");
  }

  @Test
  void redactingTwiceChangesNothingMore() {
    FactBundle once = redactor.redact(planted());

    assertThat(redactor.redact(once)).isEqualTo(once);
  }

  @Test
  void whatIsWrittenIsExactlyTheRedactedBundle() {
    assertThat(written()).isEqualTo(redactor.redact(planted()));
  }

  @Test
  void textWithoutSecretsIsLeftAlone() {
    String page = "<h1>502 Bad Gateway</h1> see https://www.cloudflare.com/5xx-error-landing?utm_source=errorcode_502"
        + " and tokens_used: 5";

    assertThat(redactor.text(page)).isEqualTo(page);
    assertThat(redactor.url("https://chatgpt.com/c/abc?model=gpt-4o#section-2"))
        .isEqualTo("https://chatgpt.com/c/abc?model=gpt-4o#section-2");
  }

  /** A bundle with a secret in every place one can hide. */
  static FactBundle planted() {
    HttpExchange probe = exchange(1, "https://chatgpt.com/auth/callback?code=canary-code&state=canary-state&lang=en",
        List.of(
            new HttpHeader("server", "cloudflare"),
            new HttpHeader("cf-ray", "8e4f2c1a9b3d5e7f-FRA"),
            new HttpHeader("Authorization", "Basic dXNlcjpjYW5hcnk="),
            new HttpHeader("Proxy-Authorization", "Bearer canary-proxy-token-123"),
            new HttpHeader("Cookie", "sid=canary-sid; theme=canary-theme"),
            new HttpHeader("Set-Cookie",
                "__Secure-next-auth.session-token=canary-session; Path=/; Secure; HttpOnly; SameSite=Lax"),
            new HttpHeader("set-cookie",
                "__cf_bm=canary-bm; path=/; expires=Wed, 26-Nov-26 10:30:00 GMT\n_cfuvid=canary-uvid; path=/"),
            new HttpHeader("Set-Cookie", "old=; Max-Age=0"),
            new HttpHeader("x-api-key", "canary-api-key"),
            new HttpHeader("X-Goog-Api-Key", "canary-goog"),
            new HttpHeader("X-Session-Id", "canary-session-id"),
            new HttpHeader("WWW-Authenticate", "Bearer realm=\"api\""),
            new HttpHeader("x-ratelimit-remaining-tokens", "149984"),
            new HttpHeader("Location", "https://idp.example.com/authorize?client_id=web&sig=canary-sig"),
            new HttpHeader("Link", "<https://app.example.com/next?access_token=canary-link>; rel=next")),
        List.of(
            "https://idp.example.com/authorize?client_id=web&sig=canary-sig",
            "https://app.example.com/cb#access_token=canary-fragment&token_type=bearer",
            "https://user:canary-pass@198.51.100.7/private",
            "https://user:p@ss-canary@203.0.113.9/login",
            "https://idp.example.com/login?redirect_uri=https%3A%2F%2Fapp.example.com%2Fcb%3Fcode%3Dcanary-encoded"),
        "{\"access_token\":\"canary-access\",\"refresh_token\": \"canary-refresh\",\"error\":\"invalid_grant\","
            + "\"id\":\"" + JWT + "\"}\nAuthorization: Bearer canary-bearer-in-body\n"
            + "key sk-canaryKEY1234567890abcdef\n"
            + "<a href=\"https://app.example.com/cb?a=1&amp;code=canary-amp\">back</a>\n"
            + "Cookie: sid=canary-echoed",
        "127.0.0.1:3128");
    HttpExchange har = new HttpExchange(2, ExchangeSource.HAR, "GET", "https://chatgpt.com/backend-api/me", null, null, null,
        "http://proxyuser:canary-via@127.0.0.1:3128", HttpTimings.NONE, List.of(), null, null, List.of(), null, null,
        false, HttpFailure.REFUSED, "connect to http://u:canary-detail@127.0.0.1:3128 failed", null, null);
    Observations observations = Observations.builder()
        .http(List.of(probe, har))
        .proxies(List.of(
            new ProxySetting("env", "https", "http://corp%5Cjdoe:canary-proxy@127.0.0.1:3128", "localhost", true),
            new ProxySetting("env", "http", "jdoe:canary-schemeless@127.0.0.1:3129", null, true)))
        .connectivity(List.of(new ReferenceCheck("portal-check", "http://127.0.0.1:18900/generate_204", "ipv4", "http",
            "127.0.0.1:18900", ReferenceResult.REDIRECTED, 302, "204",
            "http://127.0.0.2/login?session=canary-portal", 3.5, null)))
        .build();
    return FactBundle.of("2026-11-26T10:00:00Z", "gateway-doctor 0.1.0",
        new Target("https://chatgpt.com/?token=canary-target", "chatgpt", "chatgpt.com"), Environment.UNKNOWN,
        observations, List.of(new ProbeOutcome("http", ProbeStatus.FAILED,
            "proxy http://jdoe:canary-reason@127.0.0.1:3128 refused", 40)));
  }

  private static HttpExchange exchange(int sample, String url, List<HttpHeader> headers, List<String> redirects,
      String body, String viaProxy) {
    return new HttpExchange(sample, ExchangeSource.PROBE, "GET", url, 502, "h2", "203.0.113.10:443", viaProxy,
        new HttpTimings(1.0, 2.0, 3.0, 4.0, 10.0), headers, 512, 40, redirects, body, (long) body.length(), false,
        null, null, "2026-11-26T10:00:00Z", null);
  }

  /** The planted bundle as written to JSON and read back. */
  private FactBundle written() {
    byte[] json = writer.toJson(planted()).getBytes(StandardCharsets.UTF_8);
    try {
      return new BundleReader().read(json, "planted.json").bundle();
    } catch (BundleException e) {
      throw new AssertionError(e.getMessage(), e);
    }
  }

  private static List<String> headers(FactBundle bundle) {
    return bundle.observations().http().stream().flatMap(e -> e.headers().stream())
        .map(h -> h.name() + ": " + h.value()).toList();
  }
}
