package org.gatewaydoctor.probes.har;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gatewaydoctor.facts.http.ExchangeSource;
import org.gatewaydoctor.facts.http.HttpExchange;
import org.gatewaydoctor.facts.http.HttpFailure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** HAR 1.2 import: timings, redaction of planted secrets, and one-line errors for bad input. */
class HarImporterTest {

  static final String JWT = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.c2lnbmF0dXJlLXBhcnQ";

  static final String HAR = """
      {"log":{"version":"1.2","creator":{"name":"WebInspector","version":"537.36"},"entries":[
        {"startedDateTime":"2026-11-26T05:00:00.123+01:00","time":812.5,
         "request":{"method":"POST","url":"https://chatgpt.com/backend-api/conversation?access_token=SECRETQ&x=1",
           "httpVersion":"HTTP/2.0","headersSize":950,
           "headers":[{"name":"Authorization","value":"Bearer SECRETBEARERTOKEN123"},{"name":"Cookie","value":"__Secure-next-auth.session-token=SECRETCOOKIE; cf_clearance=abc"}],
           "cookies":[],"queryString":[],"bodySize":10},
         "response":{"status":502,"statusText":"Bad Gateway","httpVersion":"h2",
           "headers":[{"name":"server","value":"cloudflare"},{"name":"cf-ray","value":"8f1e2d3c4b5a6978-AMS"},
                      {"name":"set-cookie","value":"__cf_bm=SECRETSETCOOKIE; path=/; HttpOnly"}],
           "cookies":[],"content":{"size":120,"mimeType":"application/json","text":"{\\"error\\":\\"bad gateway\\",\\"access_token\\":\\"SECRETBODY\\",\\"t\\":\\"%s\\"}"},
           "redirectURL":"","headersSize":-1,"bodySize":120},
         "cache":{},"timings":{"blocked":1,"dns":12.5,"connect":80,"ssl":50,"send":0.5,"wait":640,"receive":28.5},
         "serverIPAddress":"104.18.32.47"},
        {"startedDateTime":"2026-11-26T04:00:01Z","time":30,
         "request":{"method":"GET","url":"https://chatgpt.com/api/auth/session","headers":[],"cookies":[{"name":"a","value":"bb"}],"headersSize":-1},
         "response":{"status":0,"statusText":"","headers":[],"content":{"size":0},"redirectURL":"","_error":"net::ERR_CONNECTION_REFUSED"},
         "timings":{"dns":-1,"connect":-1,"ssl":-1,"send":0,"wait":0,"receive":0}}
      ]}}
      """.formatted(JWT);

  private final HarImporter importer = new HarImporter();

  @Test
  void mapsEntriesAndTimingsToExchanges() throws Exception {
    List<HttpExchange> e = importer.read(HAR.getBytes(StandardCharsets.UTF_8), "session.har");
    assertThat(e).hasSize(2);
    HttpExchange first = e.get(0);
    assertThat(first.source()).isEqualTo(ExchangeSource.HAR);
    assertThat(first.sample()).isEqualTo(1);
    assertThat(first.method()).isEqualTo("POST");
    assertThat(first.status()).isEqualTo(502);
    assertThat(first.protocol()).isEqualTo("h2");
    assertThat(first.remoteAddress()).as("a HAR has no port, and through a proxy the address is the proxy's").isEqualTo("104.18.32.47");
    assertThat(first.startedAt()).isEqualTo("2026-11-26T04:00:00.123Z");
    assertThat(first.timings().dnsMs()).isEqualTo(12.5);
    assertThat(first.timings().connectMs()).as("HAR connect includes ssl").isEqualTo(30.0);
    assertThat(first.timings().tlsMs()).isEqualTo(50.0);
    assertThat(first.timings().ttfbMs()).isEqualTo(640.0);
    assertThat(first.timings().totalMs()).isEqualTo(812.5);
    assertThat(first.header("cf-ray")).contains("8f1e2d3c4b5a6978-AMS");
    assertThat(first.requestHeaderBytes()).isEqualTo(950);
    assertThat(first.requestCookieBytes()).isEqualTo(
        "__Secure-next-auth.session-token=SECRETCOOKIE; cf_clearance=abc".length());
    HttpExchange failed = e.get(1);
    assertThat(failed.status()).isNull();
    assertThat(failed.failure()).isEqualTo(HttpFailure.REFUSED);
    assertThat(failed.detail()).isEqualTo("net::ERR_CONNECTION_REFUSED");
    assertThat(failed.timings().dnsMs()).isNull();
    assertThat(failed.requestCookieBytes()).isEqualTo(4);
  }

  @Test
  void plantedSecretsDoNotSurviveTheImport() throws Exception {
    String all = importer.read(HAR.getBytes(StandardCharsets.UTF_8), "session.har").toString();
    for (String secret : new String[] {"SECRETQ", "SECRETBEARERTOKEN123", "SECRETCOOKIE", "SECRETSETCOOKIE",
        "SECRETBODY", JWT}) {
      assertThat(all).as(secret).doesNotContain(secret);
    }
    assertThat(all).contains("access_token=[redacted]").contains("__cf_bm=[redacted]; path=/; HttpOnly");
  }

  @Test
  void brokenJsonGetsOneLineWithLineAndColumn(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("broken.har");
    Files.writeString(f, "{\"log\": {\n  \"entries\": [\n    {\"startedDateTime\": }\n]}}");
    assertThatThrownBy(() -> importer.read(f)).isInstanceOf(HarException.class)
        .hasMessageStartingWith(f + ": line 3, column")
        .satisfies(t -> assertThat(t.getMessage()).doesNotContain("\n"));
  }

  @Test
  void wrongShapeNamesTheJsonPointer() {
    String bad = HAR.replace("\"status\":502", "\"status\":\"502\"");
    assertThatThrownBy(() -> importer.read(bad.getBytes(StandardCharsets.UTF_8), "x.har"))
        .hasMessage("x.har: at /log/entries/0/response/status: expected an integer, got \"502\"");
    assertThatThrownBy(() -> importer.read("{\"bundle\":1}".getBytes(StandardCharsets.UTF_8), "y.har"))
        .hasMessage("y.har: at /: missing field \"log\" (is this a HAR file?)");
    assertThatThrownBy(() -> importer.read(new byte[0], "z.har")).hasMessageContaining("the file is empty");
    assertThatThrownBy(() -> importer.read(Path.of("/nonexistent/file.har"))).hasMessage("/nonexistent/file.har: no such file");
  }
}
