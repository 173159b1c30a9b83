package org.gatewaydoctor.probes.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gatewaydoctor.probes.browser.Fixtures.profile;

import java.nio.file.Path;
import java.util.Map;
import org.gatewaydoctor.facts.ProbeStatus;
import org.gatewaydoctor.facts.browser.BrowserExtension;
import org.gatewaydoctor.facts.browser.BrowserProfile;
import org.gatewaydoctor.facts.browser.CookieSummary;
import org.gatewaydoctor.facts.browser.InstalledBrowser;
import org.gatewaydoctor.probes.ProbeResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Linux desktop with XDG_CONFIG_HOME and XDG_CACHE_HOME moved, Google Chrome (which the real
 * browser tests cannot install here) with a broken second profile, and a Firefox whose
 * {@code profiles.ini} names a profile that no longer exists.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(30)
class LinuxLayoutTest {

  private Path tree;
  private BrowserHost host;
  private ProbeResult result;

  @BeforeAll
  void runProbeOverTheFixture(@TempDir Path dir) throws Exception {
    tree = dir;
    FixtureTree.copy("linux", tree);
    Path home = tree.resolve("home");
    host = Fixtures.host(HostOs.LINUX, tree, Map.of(
        "XDG_CONFIG_HOME", home.resolve("xdg/config").toString(),
        "XDG_CACHE_HOME", home.resolve("xdg/cache").toString()));
    result = Fixtures.run(host, Fixtures.DOMAINS);
  }

  @Test
  void followsXdgVariablesAndKeepsLocalStateAndProfilesIniOrder() {
    assertThat(result.status()).isEqualTo(ProbeStatus.OK);
    assertThat(result.observations().browsers())
        .extracting(p -> p.browser() + "/" + p.profile() + "/" + p.readState() + "/" + p.path())
        .containsExactly(
            "chrome/Profile 1/partial/~/xdg/config/google-chrome/Profile 1",
            "chrome/Default/ok/~/xdg/config/google-chrome/Default",
            "firefox/zz99.default/unreadable//nonexistent/gd-fixture/zz99.default",
            "firefox/ab12cd34.default-esr/ok/~/.mozilla/firefox/ab12cd34.default-esr");
  }

  @Test
  void aBrokenPreferencesFileIsNamedWithoutQuotingIt() {
    assertThat(profile(result, "chrome", "Profile 1").detail())
        .matches("~/xdg/config/google-chrome/Profile 1/Preferences is not valid JSON \\(line \\d+\\); extensions not read \\(unknown, not none\\)");
  }

  @Test
  void takesTheVersionFromLastVersionWhenPreferencesHasNone() {
    BrowserProfile chrome = profile(result, "chrome", "Default");
    assertThat(chrome.version()).isEqualTo("142.0.7444.59");
    assertThat(chrome.dohMode()).isEqualTo("automatic");
    assertThat(chrome.proxyMode()).isNull();
  }

  @Test
  void estimatesCbcCookieSizesAsUpperBounds() {
    // sid=abc123 (51 bytes encrypted) -> 15; a 4000-byte value (4051) -> 4015
    assertThat(profile(result, "chrome", "Default").cookies()).containsExactly(
        new CookieSummary("chatgpt.com", 2, 3 + 15 + 3 + 4015, 3 + 4015, 0, 0, 1, "2026-11-27T12:00:00Z",
            "Cookie: ".length() + 18 + 4018 + 2 + 2, true));
  }

  @Test
  void marksChromiumCookieSizesAsEstimatedAndFirefoxOnesAsMeasured() {
    assertThat(profile(result, "chrome", "Default").cookies()).allMatch(CookieSummary::sizesEstimated);
    assertThat(profile(result, "firefox", "ab12cd34.default-esr").cookies())
        .extracting(CookieSummary::estimated).containsOnly(false);
  }

  @Test
  void readsExtensionsFromTheirInstallFolderOrTheStoredManifest() {
    assertThat(profile(result, "chrome", "Default").extensions()).containsExactly(
        new BrowserExtension("cjpalhdlnbpafiamejdnhcphjbkeiagm", "uBlock Origin", "1.62.0", true),
        new BrowserExtension("oldtoolbaroldtoolbaroldtoolbarxx", "Old Toolbar", "3.0", false));
  }

  @Test
  void findsTheChromeCacheUnderXdgCacheHome() {
    BrowserProfile chrome = profile(result, "chrome", "Default");
    assertThat(chrome.cacheState()).isEqualTo("ok");
    assertThat(chrome.cacheEntries()).isEqualTo(3);
    assertThat(chrome.cacheBytes()).isEqualTo(4 + 8 + 12 + 7 + 24 + 36);
  }

  @Test
  void userJsOverridesPrefsJsAndMillisecondExpiryIsRead() {
    BrowserProfile ff = profile(result, "firefox", "ab12cd34.default-esr");
    assertThat(ff.version()).isEqualTo("153.7.0");
    assertThat(ff.proxyMode()).isEqualTo("direct");
    assertThat(ff.dohMode()).isEqualTo("automatic");
    assertThat(ff.cookies()).containsExactly(
        new CookieSummary(".chatgpt.com", 1, 53, 53, 0, 1, 1, "2026-11-26T12:10:00Z", 8 + 53 + 1, false));
    assertThat(ff.cacheState()).isEqualTo("ok");
    assertThat(ff.cacheEntries()).isEqualTo(1);
  }

  @Test
  void readsVersionsFromApplicationIniAndTheDpkgDatabase() {
    Path root = host.root();
    assertThat(result.observations().installedBrowsers()).containsExactly(
        new InstalledBrowser("chrome", null, root.resolve("opt/google/chrome").toString()),
        new InstalledBrowser("chromium", "156.0.8078.108", root.resolve("usr/lib/chromium").toString()),
        new InstalledBrowser("firefox", "153.7.0", root.resolve("usr/lib/firefox-esr").toString()));
  }

  @Test
  void matchesOnlyTheGivenDomains() throws Exception {
    ProbeResult other = Fixtures.run(host, java.util.List.of("example.net"));
    assertThat(other.observations().browsers()).allSatisfy(p -> assertThat(p.cookies()).isEmpty());
  }

  @Test
  void usesTheTargetHostWhenNoCookieDomainIsGiven() throws Exception {
    ProbeResult byTarget = Fixtures.run(host, java.util.List.of());
    assertThat(profile(byTarget, "chrome", "Default").cookies()).extracting(CookieSummary::domain)
        .containsExactly("chatgpt.com");
  }
}
