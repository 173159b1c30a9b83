package org.gatewaydoctor.probes.har;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.gatewaydoctor.facts.http.HttpExchange;
import org.gatewaydoctor.facts.http.HttpFailure;
import org.junit.jupiter.api.Test;

/**
 * A browser's HAR read as DevTools writes it (issue 10, class 11): the page the person was looking at
 * and its samples (docs/reasoning.md §4), the browser's own errors, and nothing invented.
 */
class HarPageTest {

  private final HarImporter importer = new HarImporter();

  /** A HAR entry as Chrome's DevTools writes it; {@code extra} goes inside the entry's object. */
  private static String entry(String method, String url, int status, String type, String responseExtra, String extra) {
    return """
        {"startedDateTime":"2026-11-26T10:00:00.000Z","time":120,"_resourceType":"%s","_initiator":{"type":"other"},
         "request":{"method":"%s","url":"%s","httpVersion":"http/2.0","headers":[
           {"name":"user-agent","value":"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/119.0.0.0 Safari/537.36"}],
           "queryString":[],"cookies":[],"headersSize":-1,"bodySize":0},
         "response":{"status":%d,"statusText":"","httpVersion":"http/2.0","headers":[{"name":"content-type","value":"text/html"}],
           "cookies":[],"content":{"size":0,"mimeType":"text/html"},"redirectURL":"","headersSize":-1,"bodySize":0,
           "_transferSize":0%s},
         "serverIPAddress":"104.18.32.47","connection":"1234","cache":{},
         "timings":{"blocked":1,"dns":-1,"ssl":-1,"connect":-1,"send":0,"wait":100,"receive":1}%s}
        """.formatted(type, method, url, status, responseExtra, extra)
        // A redirectURL of the caller's replaces the empty one: a key twice is refused (issue 16, defect 6).
        .replace("\"redirectURL\":\"\",", responseExtra.contains("redirectURL") ? "" : "\"redirectURL\":\"\",");
  }

  private static byte[] har(String... entries) {
    return ("{\"log\":{\"version\":\"1.2\",\"creator\":{\"name\":\"WebInspector\",\"version\":\"537.36\"},\"pages\":[],"
        + "\"entries\":[" + String.join(",", entries) + "]}}").getBytes(StandardCharsets.UTF_8);
  }

  private HarPage page(byte[] har) throws HarException {
    return importer.page(har, "test.har", null, Set.of());
  }

  @Test
  void theBrowsersFaviconRequestIsNoSampleOfThePage() throws Exception {
    HarPage page = page(har(entry("GET", "https://chatgpt.com/", 200, "document", "", ""),
        entry("GET", "https://chatgpt.com/favicon.ico", 404, "other", "", "")));

    assertThat(page.samples()).extracting(HttpExchange::url).containsExactly("https://chatgpt.com/");
    assertThat(page.leftOut()).containsEntry(HarPage.FAVICON, 1);
    assertThat(page.describe("test.har")).contains("1 favicon request of the browser's");
  }

  @Test
  void imagesAndScriptsThatArrivedAreNoSamplesButAScriptThatFailedIs() throws Exception {
    HarPage page = page(har(entry("GET", "https://chatgpt.com/", 200, "document", "", ""),
        entry("GET", "https://chatgpt.com/logo.png", 404, "image", "", ""),
        entry("GET", "https://chatgpt.com/app.js", 200, "script", "", ""),
        entry("GET", "https://chatgpt.com/chunk.js", 502, "script", "", "")));

    assertThat(page.samples()).extracting(HttpExchange::url)
        .containsExactly("https://chatgpt.com/", "https://chatgpt.com/chunk.js");
    assertThat(page.samples()).extracting(HttpExchange::resourceType).containsExactly("document", "script");
  }

  @Test
  void theBrowsersOwnErrorSaysWhatFailed() throws Exception {
    HarPage page = page(har(entry("GET", "https://chatgpt.com/", 0, "document", ",\"_error\":\"net::ERR_TOO_MANY_REDIRECTS\"", "")));

    HttpExchange e = page.samples().get(0);
    assertThat(e.status()).isNull();
    assertThat(e.failure()).isEqualTo(HttpFailure.REDIRECT_LOOP);
    assertThat(e.detail()).isEqualTo("net::ERR_TOO_MANY_REDIRECTS");
  }

  @Test
  void browserErrorNamesMapToKindsOfFailure() {
    assertThat(BrowserErrors.failureOf("net::ERR_BLOCKED_BY_CLIENT")).isEqualTo(HttpFailure.BLOCKED);
    assertThat(BrowserErrors.failureOf("net::ERR_PROXY_CONNECTION_FAILED")).isEqualTo(HttpFailure.PROXY);
    assertThat(BrowserErrors.failureOf("net::ERR_TUNNEL_CONNECTION_FAILED")).isEqualTo(HttpFailure.PROXY);
    assertThat(BrowserErrors.failureOf("net::ERR_INTERNET_DISCONNECTED")).isEqualTo(HttpFailure.OFFLINE);
    assertThat(BrowserErrors.failureOf("net::ERR_NAME_NOT_RESOLVED")).isEqualTo(HttpFailure.DNS);
    assertThat(BrowserErrors.failureOf("net::ERR_CERT_AUTHORITY_INVALID")).isEqualTo(HttpFailure.TLS);
    assertThat(BrowserErrors.failureOf("net::ERR_CONNECTION_TIMED_OUT")).isEqualTo(HttpFailure.CONNECT_TIMEOUT);
    assertThat(BrowserErrors.failureOf("net::ERR_EMPTY_RESPONSE")).isEqualTo(HttpFailure.RESET);
    assertThat(BrowserErrors.failureOf(null)).isEqualTo(HttpFailure.OTHER);
  }

  @Test
  void requestsThePageCancelledAreLeftOut() throws Exception {
    HarPage page = page(har(entry("GET", "https://chatgpt.com/", 200, "document", "", ""),
        entry("GET", "https://chatgpt.com/backend-api/me", 0, "fetch", ",\"_error\":\"net::ERR_ABORTED\"", "")));

    assertThat(page.samples()).hasSize(1);
    assertThat(page.leftOut()).containsEntry(HarPage.CANCELLED, 1);
  }

  @Test
  void theTargetIsThePageNotTheFirstRequest() throws Exception {
    HarPage page = page(har(entry("POST", "https://chatgpt.com/api/auth/session", 200, "fetch", "", ""),
        entry("GET", "https://chatgpt.com/c/42", 502, "document", "", ""),
        entry("GET", "https://cdn.example-analytics.com/t.js", 200, "script", "", "")));

    assertThat(page.targetUrl()).isEqualTo("https://chatgpt.com/c/42");
    assertThat(page.samples()).hasSize(2);
    assertThat(page.leftOut()).containsEntry(HarPage.OTHER_SITE, 1);
  }

  @Test
  void withoutANavigationTheTargetIsTheCallThatFailed() throws Exception {
    HarPage page = page(har(entry("GET", "https://cdn.example-analytics.com/collect", 204, "xhr", "", ""),
        entry("POST", "https://chatgpt.com/backend-api/conversation", 502, "fetch", "", "")));

    assertThat(page.targetUrl()).isEqualTo("https://chatgpt.com/backend-api/conversation");
    assertThat(page.samples()).extracting(HttpExchange::status).containsExactly(502);
  }

  @Test
  void aRedirectChainIsOneSampleAndThePageIsWhereItArrivedOnItsSite() throws Exception {
    HarPage page = page(har(
        entry("GET", "http://chatgpt.com/", 301, "document", ",\"redirectURL\":\"https://chatgpt.com/\"", ""),
        entry("GET", "https://chatgpt.com/", 200, "document", "", "")));

    assertThat(page.samples()).hasSize(1);
    HttpExchange e = page.samples().get(0);
    assertThat(e.url()).isEqualTo("http://chatgpt.com/");
    assertThat(e.redirects()).containsExactly("https://chatgpt.com/");
    assertThat(e.status()).isEqualTo(200);
    assertThat(page.targetUrl()).isEqualTo("https://chatgpt.com/");
  }

  @Test
  void aPageSentToAWifiSignInPageKeepsItsOwnAddressAsTheTarget() throws Exception {
    HarPage page = page(har(
        entry("GET", "http://chatgpt.com/", 302, "document",
            ",\"redirectURL\":\"http://portal.hotel-wifi.example/login?orig=chatgpt.com\"", ""),
        entry("GET", "http://portal.hotel-wifi.example/login?orig=chatgpt.com", 200, "document", "", ""),
        entry("POST", "http://portal.hotel-wifi.example/accept", 200, "document", "", "")));

    assertThat(page.targetUrl()).isEqualTo("http://chatgpt.com/");
    assertThat(page.samples()).hasSize(1);
    assertThat(page.samples().get(0).redirects()).containsExactly("http://portal.hotel-wifi.example/login?orig=chatgpt.com");
  }

  @Test
  void theAddressIsTheOneTheBrowserConnectedToWithNoPortInvented() throws Exception {
    HarPage page = page(har(entry("GET", "https://chatgpt.com/", 200, "document", "", "")
        .replace("104.18.32.47", "127.0.0.1")));

    assertThat(page.samples().get(0).remoteAddress()).as("through a proxy, the proxy's address; a HAR has no port")
        .isEqualTo("127.0.0.1");
  }

  @Test
  void theUserAgentNamesTheBrowserThatRecordedIt() throws Exception {
    HarPage page = page(har(entry("GET", "https://chatgpt.com/", 200, "document", "", "")));

    assertThat(page.browser()).isEqualTo("chrome");
    assertThat(page.browserVersion()).isEqualTo("119.0.0.0");
  }

  @Test
  void userAgentsOfTheCommonBrowsersAreTold() {
    assertThat(UserAgents.parse("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
        + "Chrome/120.0.0.0 Safari/537.36 Edg/120.0.2210.91")).isEqualTo(new UserAgents.Browser("edge", "120.0.2210.91"));
    assertThat(UserAgents.parse("Mozilla/5.0 (X11; Linux x86_64; rv:115.0) Gecko/20100101 Firefox/115.0"))
        .isEqualTo(new UserAgents.Browser("firefox", "115.0"));
    assertThat(UserAgents.parse("Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) "
        + "Version/17.1 Safari/605.1.15")).isEqualTo(new UserAgents.Browser("safari", "17.1"));
    assertThat(UserAgents.parse("curl/8.5.0")).isNull();
  }

  @Test
  void everyEntryStaysReadableWithoutPickingAPage() throws Exception {
    List<HttpExchange> all = importer.read(har(entry("GET", "https://chatgpt.com/", 200, "document", "", ""),
        entry("GET", "https://chatgpt.com/favicon.ico", 404, "other", "", "")), "test.har");
    assertThat(all).hasSize(2);
  }
}
