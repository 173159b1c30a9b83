package org.gatewaydoctor.probes.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gatewaydoctor.probes.browser.Fixtures.profile;

import java.nio.file.Path;
import java.util.Map;
import org.gatewaydoctor.facts.Environment;
import org.gatewaydoctor.facts.ProbeStatus;
import org.gatewaydoctor.facts.browser.BrowserExtension;
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
 * A Windows machine described by a hand-written fixture (real browsers cannot make one here):
 * Edge with three profiles (one healthy with a blockfile cache, one with a damaged cookie store,
 * one listed but deleted), Firefox 115 whose cookies count expiry in seconds, and Chrome, Edge and
 * Firefox installed under Program Files.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(30)
class WindowsLayoutTest {

  private Path tree;
  private BrowserHost host;
  private ProbeResult result;

  @BeforeAll
  void runProbeOverTheFixture(@TempDir Path dir) throws Exception {
    tree = dir;
    FixtureTree.copy("windows", tree);
    host = Fixtures.host(HostOs.WINDOWS, tree, Map.of());
    result = Fixtures.run(host, Fixtures.DOMAINS);
  }

  @Test
  void findsEveryProfileNamedInLocalStateAndProfilesIni() {
    assertThat(result.status()).isEqualTo(ProbeStatus.OK);
    assertThat(result.observations().browsers())
        .extracting(p -> p.browser() + "/" + p.profile() + "/" + p.readState())
        .containsExactly("edge/Default/ok", "edge/Profile 3/partial", "edge/Profile 9/unreadable",
            "firefox/q9r8s7t6.default/unreadable", "firefox/x1y2z3ab.default-release/ok");
  }

  @Test
  void readsEdgeVersionProxyDohAndPathFromItsOwnFiles() {
    BrowserProfile edge = profile(result, "edge", "Default");
    assertThat(edge.version()).isEqualTo("120.0.2210.91");
    assertThat(edge.proxyMode()).isEqualTo("pac_script");
    assertThat(edge.dohMode()).isEqualTo("secure");
    assertThat(edge.path()).isEqualTo("~\\AppData\\Local\\Microsoft\\Edge\\User Data\\Default");
    assertThat(edge.detail()).isNull();
  }

  @Test
  void sizesWindowsGcmCookiesExactlyPerStoredDomain() {
    assertThat(profile(result, "edge", "Default").cookies()).containsExactly(
        // session-token (32+3000) soon, _puid (5+100) expired, oai-did (7+36) browser-session
        new CookieSummary(".chatgpt.com", 3, 3180, 3032, 1, 1, 1, "2026-11-26T12:30:00Z",
            "Cookie: ".length() + 3032 + 43 + 2 + 2, true),
        new CookieSummary("auth.openai.com", 1, 55, 55, 0, 0, 1, "2027-12-31T12:00:00Z", 8 + 55 + 1, true),
        new CookieSummary("chatgpt.com", 1, 9, 9, 0, 0, 1, "2026-11-27T12:00:00Z", 8 + 9 + 1, true));
  }

  @Test
  void readsTheBlockfileCacheEntryCountFromItsIndexHeader() {
    BrowserProfile edge = profile(result, "edge", "Default");
    assertThat(edge.cacheState()).isEqualTo("ok");
    assertThat(edge.cacheEntries()).isEqualTo(3);
    assertThat(edge.cacheBytes()).isEqualTo(16 + 14 + 1 + 4096);
  }

  @Test
  void listsUserExtensionsFromSecurePreferencesWithLocalisedNamesAndSkipsComponents() {
    assertThat(profile(result, "edge", "Default").extensions()).containsExactly(
        new BrowserExtension("aaaabbbbccccddddeeeeffffgggghhhh", "Ad Blocker Pro", "2.1.0", true),
        new BrowserExtension("ppppoooonnnnmmmmllllkkkkjjjjiiii", null, "1.0.4", false));
  }

  @Test
  void aDamagedCookieStoreMakesTheProfilePartialWithTheReason() {
    BrowserProfile work = profile(result, "edge", "Profile 3");
    assertThat(work.detail()).isEqualTo(
        "~\\AppData\\Local\\Microsoft\\Edge\\User Data\\Profile 3\\Network\\Cookies is not a readable SQLite database (SQLITE_NOTADB); cookies not read (unknown, not none)");
    assertThat(work.version()).isEqualTo("120.0.2210.91");
    assertThat(work.cookies()).isEmpty();
    assertThat(work.cacheState()).isEqualTo("absent");
  }

  @Test
  void aProfileListedButDeletedIsUnreadableNotAnError() {
    assertThat(profile(result, "edge", "Profile 9").detail())
        .isEqualTo("profile folder ~\\AppData\\Local\\Microsoft\\Edge\\User Data\\Profile 9 is missing");
    assertThat(profile(result, "firefox", "q9r8s7t6.default").detail())
        .isEqualTo("profile folder ~\\AppData\\Roaming\\Mozilla\\Firefox\\Profiles\\q9r8s7t6.default is missing");
  }

  @Test
  void readsOldFirefoxWithExpiryInSecondsAndItsModes() {
    BrowserProfile ff = profile(result, "firefox", "x1y2z3ab.default-release");
    assertThat(ff.version()).isEqualTo("115.0.2");
    assertThat(ff.proxyMode()).isEqualTo("fixed_servers");
    assertThat(ff.dohMode()).isEqualTo("secure");
    assertThat(ff.cookies()).containsExactly(
        new CookieSummary(".chatgpt.com", 1, 32 + 29, 32 + 29, 1, 0, 1, "2026-11-25T12:00:00Z", 0, false),
        new CookieSummary(".openai.com", 1, 29, 29, 0, 1, 0, null, 8 + 29 + 1, false),
        new CookieSummary("chatgpt.com", 1, 43, 43, 0, 0, 0, null, 8 + 43 + 1, false));
  }

  @Test
  void findsTheFirefoxCacheInLocalAppDataAndFlagsEntriesWithoutIndex() {
    BrowserProfile ff = profile(result, "firefox", "x1y2z3ab.default-release");
    assertThat(ff.cacheState()).isEqualTo("index-missing");
    assertThat(ff.cacheEntries()).isEqualTo(2);
    assertThat(ff.cacheBytes()).isEqualTo(19);
    assertThat(ff.detail()).isEqualTo("cache: 2 entries without index");
  }

  @Test
  void listsUserAddOnsButNotBuiltInsSystemAddOnsOrThemes() {
    assertThat(profile(result, "firefox", "x1y2z3ab.default-release").extensions()).containsExactly(
        new BrowserExtension("uBlock0@raymondhill.net", "uBlock Origin", "1.51.0", true),
        new BrowserExtension("{446900e4-71c2-419f-a6a7-df9c091e268b}", "Bitwarden - Free Password Manager", "2023.7.1",
            false));
  }

  @Test
  void findsInstalledBrowsersWithTheirVersionsWithoutStartingThem() {
    Path root = host.root();
    assertThat(result.observations().installedBrowsers()).containsExactly(
        new InstalledBrowser("chrome", "120.0.6099.110", root.resolve("Program Files/Google/Chrome/Application").toString()),
        new InstalledBrowser("firefox", "115.0.2", root.resolve("Program Files/Mozilla Firefox").toString()),
        new InstalledBrowser("edge", "120.0.2210.91",
            root.resolve("Program Files (x86)/Microsoft/Edge/Application").toString()));
  }

  @Test
  void recordsNoValueNoProxyAddressAndNoAccountName() {
    String json = new BundleWriter().toJson(FactBundle.of(Fixtures.NOW.toString(), "test", Fixtures.CHATGPT,
        Environment.UNKNOWN, result.observations(), java.util.List.of()));
    assertThat(json).doesNotContain("fixture-session-value-firefox", "0123456789abcdef", "fixture-clearance",
        "other-site", "corp-proxy", "doh.corp.example", "fixture-pac-secret", "wpad", "ann@example.com",
        "encrypted_key", "evil");
  }

  @Test
  void deletesItsPrivateCopiesOfTheCookieStores() throws Exception {
    assertThat(Fixtures.leftIn(host.tempDir())).isEmpty();
  }
}
