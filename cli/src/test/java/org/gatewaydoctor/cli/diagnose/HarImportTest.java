package org.gatewaydoctor.cli.diagnose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.gatewaydoctor.cli.UsageError;
import org.gatewaydoctor.facts.Environment;
import org.gatewaydoctor.facts.ProbeOutcome;
import org.gatewaydoctor.facts.ProbeStatus;
import org.gatewaydoctor.facts.bundle.FactBundle;
import org.gatewaydoctor.facts.http.ExchangeSource;
import org.gatewaydoctor.facts.service.ServiceProfiles;
import org.gatewaydoctor.probes.check.HarBundles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HarImportTest {

  private static final Path HAR = Path.of("src/test/resources/har/chatgpt-502.har");
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T00:00:00Z"), ZoneOffset.UTC);
  private static ServiceProfiles catalog;

  @BeforeAll
  static void loadCatalog() throws Exception {
    catalog = ServiceProfiles.builtIn();
  }

  @Test
  void makesABundleOfTheBrowsersRequestsWithOnlyTheHttpProbeRun() throws Exception {
    Environment env = new Environment("linux", null, null, "firefox");
    FactBundle b = new HarImport(HAR, null, null, new HarBundles(catalog, CLOCK), env).collect();

    // The page's script from another site (cdn.oaistatic.com) is no sample of the page (docs/reasoning.md §4).
    assertThat(b.observations().http()).hasSize(1).allMatch(h -> h.source() == ExchangeSource.HAR);
    assertThat(b.probes().get(0).reason()).contains("imported 1 of 2 requests").contains("1 request to another site");
    assertThat(b.target().url()).isEqualTo("https://chatgpt.com/");
    assertThat(b.target().service()).isEqualTo("chatgpt");
    assertThat(b.createdAt()).isEqualTo("2026-11-26T09:41:02.113Z");
    assertThat(b.environment()).isEqualTo(env);
    assertThat(b.probes()).extracting(ProbeOutcome::id).containsExactly("http", "dns", "status-page", "connectivity",
        "network", "browser");
    assertThat(b.probes().get(0).status()).isEqualTo(ProbeStatus.OK);
    assertThat(b.probes().subList(1, 6)).allMatch(p -> p.status() == ProbeStatus.NOT_RUN);
  }

  @Test
  void takesTheTargetAndServiceTheUserNames() throws Exception {
    FactBundle b = new HarImport(HAR, "https://chat.example.test/c/1", "generic", new HarBundles(catalog, CLOCK), Environment.UNKNOWN)
        .collect();

    assertThat(b.target().url()).isEqualTo("https://chat.example.test/c/1");
    assertThat(b.target().host()).isEqualTo("chat.example.test");
    assertThat(b.target().service()).isEqualTo("generic");
  }

  @Test
  void refusesAHarWithoutAnyRequestInOneLine(@TempDir Path dir) throws Exception {
    Path empty = Files.writeString(dir.resolve("empty.har"), "{\"log\":{\"version\":\"1.2\",\"entries\":[]}}");

    assertThatThrownBy(() -> new HarImport(empty, null, null, new HarBundles(catalog, CLOCK), Environment.UNKNOWN).collect())
        .isInstanceOf(UsageError.class).hasMessageContaining("empty.har: the HAR holds no http(s) request")
        .hasMessageNotContaining("\n");
  }

  @Test
  void reportsWhereAMalformedHarIsWrong() {
    Path wrong = Path.of("src/test/resources/har/wrong-shape.har");

    assertThatThrownBy(() -> new HarImport(wrong, null, null, new HarBundles(catalog, CLOCK), Environment.UNKNOWN).collect())
        .isInstanceOf(UsageError.class).hasMessageContaining("at /log/entries/0/response/status")
        .hasMessageNotContaining("\n");
  }
}
