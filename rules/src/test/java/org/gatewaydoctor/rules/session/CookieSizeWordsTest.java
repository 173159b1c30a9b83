package org.gatewaydoctor.rules.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gatewaydoctor.facts.bundle.BundleReader;
import org.gatewaydoctor.facts.report.Diagnosis;
import org.gatewaydoctor.facts.report.Finding;
import org.gatewaydoctor.rules.Diagnoser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The cookie findings say a size the probe estimated from the ciphertext (Chromium) as an estimate
 * ("about 9.2 kB (estimated)") and a measured one (Firefox, or a bundle that does not say) exactly.
 * The bundle is the healthy-200 example, whose largest cookie header is 3946 measured bytes.
 */
class CookieSizeWordsTest {

  private static final Path HEALTHY = Path.of("../docs/examples/healthy-200.bundle.json");
  private static final String LARGEST = "\"headerBytes\": 3946";
  private static Diagnoser diagnoser;

  @BeforeAll
  static void load() throws Exception {
    diagnoser = Diagnoser.builtIn();
  }

  @Test
  void aMeasuredSizeIsSaidInExactBytes() throws Exception {
    assertThat(finding(diagnose(LARGEST), "COOKIES_SMALL").text())
        .contains("at most 3946 bytes per request").doesNotContain("estimated");
  }

  @Test
  void anEstimatedSmallSizeIsSaidAsAnEstimate() throws Exception {
    assertThat(finding(diagnose(LARGEST + ", \"estimated\": true"), "COOKIES_SMALL").text())
        .contains("at most about 3.9 kB (estimated) per request").doesNotContain("3946");
  }

  @Test
  void anEstimatedLargeSizeIsSaidAsAnEstimate() throws Exception {
    assertThat(finding(diagnose("\"headerBytes\": 9201, \"estimated\": true"), "COOKIES_LARGE").text())
        .startsWith("Your browser would send about 9.2 kB (estimated) of cookies to ");
  }

  @Test
  void anExplicitlyMeasuredLargeSizeIsSaidInExactBytes() throws Exception {
    assertThat(finding(diagnose("\"headerBytes\": 9201, \"estimated\": false"), "COOKIES_LARGE").text())
        .startsWith("Your browser would send 9201 bytes of cookies to ");
  }

  private static Diagnosis diagnose(String largestCookieHeader) throws Exception {
    String json = Files.readString(HEALTHY);
    assertThat(json).contains(LARGEST);
    byte[] changed = json.replace(LARGEST, largestCookieHeader).getBytes(StandardCharsets.UTF_8);
    return diagnoser.diagnose(new BundleReader().read(changed, "healthy-200 with other cookies").bundle());
  }

  private static Finding finding(Diagnosis d, String code) {
    return d.findings().stream().filter(f -> f.code().equals(code)).findFirst()
        .orElseThrow(() -> new AssertionError(code + " not among " + d.findings().stream().map(Finding::code).toList()));
  }
}
