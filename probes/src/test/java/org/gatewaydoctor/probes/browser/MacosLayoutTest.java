package org.gatewaydoctor.probes.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gatewaydoctor.probes.browser.Fixtures.profile;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.gatewaydoctor.facts.Environment;
import org.gatewaydoctor.facts.browser.BrowserProfile;
import org.gatewaydoctor.facts.browser.CookieSummary;
import org.gatewaydoctor.facts.browser.InstalledBrowser;
import org.gatewaydoctor.facts.bundle.BundleWriter;
import org.gatewaydoctor.facts.bundle.FactBundle;
import org.gatewaydoctor.probes.ProbeResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Mac with an old Brave (no Local State, cookies in the profile folder with the pre-2020
 * schema, a cache whose real index is gone) and a Chrome whose cache index is garbage.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(30)
class MacosLayoutTest {

  private Path tree;
  private BrowserHost host;
  private ProbeResult result;

  @BeforeAll
  void runProbeOverTheFixture(@TempDir Path dir) throws Exception {
    tree = dir;
    FixtureTree.copy("macos", tree);
    host = Fixtures.host(HostOs.MACOS, tree, Map.of());
    result = Fixtures.run(host, Fixtures.DOMAINS);
  }

  @Test
  void findsProfilesByFolderScanWhenLocalStateIsMissingAndSaysSo() {
    BrowserProfile brave = profile(result, "brave", "Default");
    assertThat(brave.readState()).isEqualTo("ok");
    assertThat(brave.detail()).startsWith(
        "~/Library/Application Support/BraveSoftware/Brave-Browser/Local State is missing; profiles found by folder scan");
    assertThat(brave.version()).isEqualTo("96.1.32.113");
    assertThat(brave.proxyMode()).isEqualTo("fixed_servers");
  }

  @Test
  void readsTheOldCookieLayoutWithClearAndEncryptedValues() {
    // theme: clear 19-byte value; sid: 19 bytes = 3 + one AES block, no domain hash -> 15
    assertThat(profile(result, "brave", "Default").cookies()).containsExactly(
        new CookieSummary("chatgpt.com", 2, 5 + 19 + 3 + 15, 24, 0, 0, 1, "2026-11-27T12:00:00Z",
            "Cookie: ".length() + 24 + 18 + 2 + 2, true));
  }

  @Test
  void cacheEntriesWithoutTheRealIndexAreTheDamageSign() {
    BrowserProfile brave = profile(result, "brave", "Default");
    assertThat(brave.cacheState()).isEqualTo("index-missing");
    assertThat(brave.cacheEntries()).isEqualTo(2);
    assertThat(brave.cacheBytes()).isEqualTo(9 + 14 + 10 + 24);
    assertThat(brave.detail()).endsWith("cache: 2 entries without index-dir/the-real-index");
  }

  @Test
  void aGarbledCacheIndexIsUnreadable() {
    BrowserProfile chrome = profile(result, "chrome", "Default");
    assertThat(chrome.version()).isEqualTo("131.0.6778.86");
    assertThat(chrome.cacheState()).isEqualTo("unreadable");
    assertThat(chrome.cacheEntries()).isEqualTo(1);
    assertThat(chrome.detail()).isEqualTo("cache: index-dir/the-real-index has an unknown format");
    assertThat(chrome.readState()).isEqualTo("ok");
  }

  @Test
  void findsAppBundlesInBothApplicationsFoldersWithTheirVersions() {
    assertThat(result.observations().installedBrowsers()).containsExactly(
        new InstalledBrowser("firefox", "128.5.1", host.root().resolve("Applications/Firefox.app").toString()),
        new InstalledBrowser("safari", "17.1", host.root().resolve("Applications/Safari.app").toString()),
        new InstalledBrowser("chromium", null, "~/Applications/Chromium.app"));
  }

  @Test
  void neverRecordsAProxyCredentialOrACookieValue() {
    String json = new BundleWriter().toJson(FactBundle.of(Fixtures.NOW.toString(), "test", Fixtures.CHATGPT,
        Environment.UNKNOWN, result.observations(), List.of()));
    assertThat(json).doesNotContain("fixture-proxy-password", "alice", "10.0.0.1", "fixture-clear-value");
  }
}
