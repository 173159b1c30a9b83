package org.gatewaydoctor.probes.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.gatewaydoctor.facts.ProbeStatus;
import org.gatewaydoctor.facts.Target;
import org.gatewaydoctor.facts.browser.BrowserProfile;
import org.gatewaydoctor.facts.browser.CookieSummary;
import org.gatewaydoctor.probes.ProbeContext;
import org.gatewaydoctor.probes.ProbeResult;
import org.gatewaydoctor.probes.rig.RequiresBinary;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real headless Firefox ESR visits the loopback cookie site in a profile listed in
 * {@code ~/.mozilla/firefox/profiles.ini} under a fake home, with {@code user.js} forcing a
 * direct connection and DoH off; then the probe reads that home.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(120)
class FirefoxRealProfileTest {

  private static final Clock CLOCK = Clock.systemUTC();
  private static final String PROFILE = "t3st0001.default-esr";

  private Path tmp;
  private Path home;
  private Path profileDir;
  private HeadlessRun run;
  private CanaryCheck check;

  @BeforeAll
  void visitTheCookieSiteWithFirefox(@TempDir Path dir) throws Exception {
    tmp = dir;
    Path firefox = RequiresBinary.require("firefox-esr");
    home = Files.createDirectories(tmp.resolve("home"));
    Path root = Files.createDirectories(home.resolve(".mozilla/firefox"));
    profileDir = Files.createDirectories(root.resolve(PROFILE));
    Files.writeString(root.resolve("profiles.ini"),
        "[Profile0]\nName=default-esr\nIsRelative=1\nPath=" + PROFILE + "\nDefault=1\n\n[General]\nStartWithLastProfile=1\nVersion=2\n");
    Files.writeString(profileDir.resolve("user.js"),
        "user_pref(\"network.proxy.type\", 0);\nuser_pref(\"network.trr.mode\", 5);\n");
    String command = firefox + " --headless --no-remote -profile \"$HOME/.mozilla/firefox/" + PROFILE + "\""
        + " --screenshot \"$GD_WORK/shot.png\" \"$GD_URL\"";
    run = HeadlessRun.run(tmp.resolve("work"), home, command, CLOCK);
    assertThat(run.exitCode()).as("firefox run, logs in %s", run.work()).isZero();
    check = CanaryCheck.run(() -> probe(CLOCK));
  }

  private ProbeResult probe(Clock clock) throws Exception {
    Path temp = Files.createDirectories(tmp.resolve("probe-temp"));
    BrowserHost host = new BrowserHost(HostOs.LINUX, home, Map.of(), tmp.resolve("no-root"), temp, clock);
    return new BrowserProbe(host, List.of("127.0.0.1")).run(new ProbeContext(
        new Target("http://127.0.0.1/", "generic", "127.0.0.1"), clock.instant().plus(Duration.ofSeconds(20)), clock));
  }

  private BrowserProfile profile(ProbeResult result) {
    return Fixtures.profile(result, "firefox", PROFILE);
  }

  @Test
  void findsTheProfileThroughProfilesIni() {
    assertThat(check.result().status()).isEqualTo(ProbeStatus.OK);
    BrowserProfile p = profile(check.result());
    assertThat(p.path()).isEqualTo("~/.mozilla/firefox/" + PROFILE);
    assertThat(p.readState()).isEqualTo("ok");
  }

  @Test
  void recordsTheVersionFromCompatibilityIniAsTheInstalledApplicationStatesIt() throws Exception {
    String installed = IniFile.parse(Files.readAllLines(Path.of("/usr/lib/firefox-esr/application.ini")))
        .get("App", "Version");
    assertThat(profile(check.result()).version()).isEqualTo(installed);
  }

  @Test
  void measuresClearTextCookiesExactly() throws Exception {
    List<CookieServerView> stored = CookieServerView.storedBy(run.canary(), profileDir.resolve("cookies.sqlite"),
        "moz_cookies");
    assertThat(stored).extracting(CookieServerView::name)
        .containsExactlyInAnyOrderElementsOf(CookieServerView.persistentNames(run.canary()));
    assertThat(profile(check.result()).cookies()).singleElement().satisfies(c -> {
      assertThat(c.domain()).isEqualTo("127.0.0.1");
      assertThat(c.count()).isEqualTo(stored.size());
      assertThat(c.totalBytes()).isEqualTo(CookieServerView.total(stored));
      assertThat(c.largestBytes()).isEqualTo(4004);
      assertThat(c.headerBytes()).isEqualTo(CookieServerView.header(stored)).isGreaterThan(8 * 1024);
    });
  }

  @Test
  void readsMillisecondExpiryAndSeesTheTokenAboutToExpire() {
    CookieSummary c = profile(check.result()).cookies().get(0);
    assertThat(c.sessionLike()).isEqualTo(2);
    assertThat(c.expiringSoon()).isEqualTo(1);
    assertThat(c.expired()).isZero();
    assertThat(Instant.parse(c.sessionExpiresAt())).isBetween(
        run.startedAt().plusSeconds(CookieSiteServer.TOKEN_MAX_AGE).minusSeconds(1),
        run.endedAt().plusSeconds(CookieSiteServer.TOKEN_MAX_AGE).plusSeconds(1));
  }

  @Test
  void twoHoursLaterTheTokenIsExpired() throws Exception {
    CookieSummary c = profile(probe(Clock.offset(CLOCK, Duration.ofHours(2)))).cookies().get(0);
    assertThat(c.expired()).isEqualTo(1);
    assertThat(c.expiringSoon()).isZero();
  }

  @Test
  void findsTheCacheFirefoxKeptUnderXdgCacheHome() {
    Path cache2 = home.resolve(".cache/mozilla/firefox/" + PROFILE + "/cache2");
    BrowserProfile p = profile(check.result());
    assertThat(p.cacheEntries()).isPositive();
    assertThat(p.cacheBytes()).isPositive();
    // A short run may end before Firefox writes its index (it does so after a delay and at exit).
    assertThat(p.cacheState()).isEqualTo(Files.exists(cache2.resolve("index")) ? "ok" : "index-missing");
  }

  @Test
  void skipsTheBuiltInAddOnsFirefoxShipsWith() throws Exception {
    JsonNode json = new ObjectMapper().readTree(profileDir.resolve("extensions.json").toFile());
    assertThat(json.path("addons").size()).as("Firefox lists its built-in add-ons").isPositive();
    assertThat(profile(check.result()).extensions()).isEmpty();
  }

  @Test
  void recordsTheModesUserJsForces() {
    assertThat(profile(check.result()).proxyMode()).isEqualTo("direct");
    assertThat(profile(check.result()).dohMode()).isEqualTo("off");
  }

  @Test
  void aLockLeftByTheExitedFirefoxIsNotMistakenForARunningOne() {
    assertThat(Files.isSymbolicLink(profileDir.resolve("lock"))).isTrue();
    assertThat(String.valueOf(profile(check.result()).detail())).doesNotContain("browser running");
  }

  @Test
  void theCanaryIsStoredInClearTextYetAppearsNowhereTheProbeWrote() throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:file:" + profileDir.resolve("cookies.sqlite") + "?mode=ro");
        PreparedStatement s = c.prepareStatement("select count(*) from moz_cookies where value = ?")) {
      s.setString(1, run.canary());
      try (ResultSet rs = s.executeQuery()) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getInt(1)).as("the canary is really in the store the probe read").isEqualTo(1);
      }
    }
    check.assertNowhere(run.canary());
    assertThat(run.logs()).doesNotContain(run.canary());
    assertThat(Fixtures.leftIn(tmp.resolve("probe-temp"))).isEmpty();
  }
}
