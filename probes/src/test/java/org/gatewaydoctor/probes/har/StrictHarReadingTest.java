package org.gatewaydoctor.probes.har;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.gatewaydoctor.facts.bundle.BundleException;
import org.gatewaydoctor.facts.bundle.BundleReader;
import org.junit.jupiter.api.Test;

/**
 * Issue 16, defect 6: a HAR is read as strictly as a bundle (one policy), and refusals are in the
 * tool's words, naming a HAR file, never a bundle, and never showing a number that is not in the file.
 */
class StrictHarReadingTest {

  private final HarImporter importer = new HarImporter();

  private static String har(String version, String url, String status, String wait, String extra) {
    return """
        {"log":{"version":%s,"creator":{"name":"WebInspector","version":"537.36"},"pages":[],"entries":[
        {"startedDateTime":"2026-11-26T10:00:00.000Z","time":120,"_resourceType":"document",
         "request":{"method":"GET","url":"%s","httpVersion":"http/2.0","headers":[],"queryString":[],"cookies":[],
           "headersSize":-1,"bodySize":0},
         "response":{"status":%s,"statusText":"","httpVersion":"http/2.0","headers":[],"cookies":[],
           "content":{"size":0,"mimeType":"text/html"},"redirectURL":"","headersSize":-1,"bodySize":0%s},
         "cache":{},"timings":{"blocked":1,"dns":-1,"ssl":-1,"connect":-1,"send":0,"wait":%s,"receive":1}}]}}
        """.formatted(version, url, status, extra, wait);
  }

  private static String ok() {
    return har("\"1.2\"", "https://chatgpt.com/", "502", "100", "");
  }

  private String refusal(String json) {
    return refusal(json.getBytes(StandardCharsets.UTF_8));
  }

  private String refusal(byte[] json) {
    Throwable t = org.assertj.core.api.Assertions.catchThrowable(() -> importer.page(json, "s.har", null, Set.of()));
    assertThat(t).isInstanceOf(HarException.class);
    assertThat(t.getMessage()).startsWith("s.har: ").doesNotContain("bundle", "\n");
    return t.getMessage();
  }

  @Test
  void theWellFormedHarIsRead() throws Exception {
    assertThat(importer.page(ok().getBytes(StandardCharsets.UTF_8), "s.har", null, Set.of()).samples()).hasSize(1);
  }

  @Test
  void aKeyGivenTwiceIsRefusedNotLastOneWins() {
    assertThat(refusal(har("\"1.2\"", "https://chatgpt.com/", "200", "100", ",\"status\":502")))
        .contains("duplicate field 'status'");
  }

  @Test
  void aVersionThatIsNoHarVersionIsRefused() {
    assertThat(refusal(har("\"7.0\"", "https://chatgpt.com/", "502", "100", "")))
        .contains("at /log/version: expected \"1.2\" or \"1.1\"");
    assertThat(refusal(har("12", "https://chatgpt.com/", "502", "100", ""))).contains("at /log/version");
  }

  @Test
  void aNumberBeyondDoubleIsRefusedNotReadAsInfinity() {
    assertThat(refusal(har("\"1.2\"", "https://chatgpt.com/", "502", "1e400", ""))).contains("/timings/wait");
  }

  @Test
  void aStatusThatWouldOverflowIsRefusedWithoutShowingAnotherNumber() {
    String m = refusal(har("\"1.2\"", "https://chatgpt.com/", "18446744073709552118", "100", ""));
    assertThat(m).contains("/response/status").doesNotContain("502");
  }

  @Test
  void anHttpUrlWithoutAHostIsRefused() {
    assertThat(refusal(har("\"1.2\"", "http:///path", "502", "100", ""))).contains("no http(s) URL with a host");
  }

  @Test
  void anOverlongUtf8SequenceIsRefusedInAHarAndInABundle() {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    String json = har("\"1.2\"", "https://chatgpt.com/XX", "502", "100", "");
    int at = json.indexOf("XX");
    b.write(json.getBytes(StandardCharsets.UTF_8), 0, at);
    b.write(0xC0);
    b.write(0xAF); // an overlong "/"
    byte[] tail = json.substring(at + 2).getBytes(StandardCharsets.UTF_8);
    b.write(tail, 0, tail.length);
    assertThat(refusal(b.toByteArray())).contains("not UTF-8");
    assertThatThrownBy(() -> new BundleReader().read(new byte[] {'{', '"', (byte) 0xC0, (byte) 0xAF, '"', ':', '1', '}'},
        "b.json")).isInstanceOf(BundleException.class).hasMessageContaining("not UTF-8");
  }

  @Test
  void brokenJsonIsCalledAHarFileNotABundle() {
    assertThat(refusal(ok().substring(0, 200))).contains("s.har");
    assertThat(refusal("[1,2]")).contains("expected an object");
  }
}
