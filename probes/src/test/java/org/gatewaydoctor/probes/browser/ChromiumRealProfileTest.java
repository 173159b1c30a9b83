package org.gatewaydoctor.probes.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.gatewaydoctor.facts.ProbeStatus;
import org.gatewaydoctor.facts.Target;
import org.gatewaydoctor.facts.browser.BrowserExtension;
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
 * A real headless Chromium visits a loopback site that sets cookies (three of 4000 bytes, a
 * session token that expires in 30 minutes, a canary) with an unpacked extension loaded, in a
 * profile folder named "Work" under a fake home; then the probe reads that home.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(120)
class ChromiumRealProfileTest {

  private static final Clock CLOCK = Clock.systemUTC();

  private Path tmp;
  private Path home;
  private Path extension;
  private HeadlessRun run;
  private CanaryCheck check;
  private String cookiesBefore;

  @BeforeAll
  void visitTheCookieSiteWithChromium(@TempDir Path dir) throws Exception {
    tmp = dir;
    Path chromium = RequiresBinary.require("chromium");
    home = Files.createDirectories(tmp.resolve("home"));
    Path userData = Files.createDirectories(home.resolve(".config/chromium/Work"));
    // Settings a policy, an extension or the settings page would leave: Chromium keeps them.
    Files.writeString(home.resolve(".config/chromium/Local State"), "{\"dns_over_https\":{\"mode\":\"off\"}}");
    Files.writeString(userData.resolve("Preferences"), "{\"proxy\":{\"mode\":\"direct\"}}");
    extension = Files.createDirectories(tmp.resolve("extension"));
    Files.writeString(extension.resolve("manifest.json"),
        "{\"manifest_version\": 3, \"name\": \"GD Test Extension\", \"version\": \"1.2.3\"}");
    String command = chromium + " --headless=new --no-sandbox --disable-gpu --no-first-run"
        + " --disable-background-networking --disable-component-update --disable-sync"
        + " --user-data-dir=\"$HOME/.config/chromium\" --profile-directory=Work"
        + " --load-extension=" + extension + " --dump-dom \"$GD_URL\"";
    run = HeadlessRun.run(tmp.resolve("work"), home, command, CLOCK);
    assertThat(run.exitCode()).as("chromium run, logs in %s", run.work()).isZero();
    cookiesBefore = sha256(cookies());
    check = CanaryCheck.run(() -> probe(CLOCK));
  }

  private ProbeResult probe(Clock clock) throws InterruptedException {
    BrowserHost host = new BrowserHost(HostOs.LINUX, home, Map.of(), tmp.resolve("no-root"), probeTemp(), clock);
    return new BrowserProbe(host, List.of("127.0.0.1")).run(new ProbeContext(
        new Target("http://127.0.0.1/", "generic", "127.0.0.1"), clock.instant().plus(Duration.ofSeconds(20)), clock));
  }

  private Path probeTemp() {
    try {
      return Files.createDirectories(tmp.resolve("probe-temp"));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private BrowserProfile work(ProbeResult result) {
    return Fixtures.profile(result, "chromium", "Work");
  }

  @Test
  void findsTheProfileByItsFolderNameInLocalState() {
    assertThat(check.result().status()).isEqualTo(ProbeStatus.OK);
    assertThat(check.result().observations().browsers()).singleElement().satisfies(p -> {
      assertThat(p.profile()).isEqualTo("Work");
      assertThat(p.path()).isEqualTo("~/.config/chromium/Work");
      assertThat(p.readState()).isEqualTo("ok");
      assertThat(p.detail()).isNull();
    });
  }

  @Test
  void recordsTheVersionThatLastUsedTheProfile() throws Exception {
    String lastVersion = Files.readString(home.resolve(".config/chromium/Last Version")).strip();
    assertThat(work(check.result()).version()).isEqualTo(lastVersion).matches("\\d+\\.\\d+\\.\\d+\\.\\d+");
  }

  @Test
  void countsTheSitesCookiesWithSizesWithinTheDocumentedEstimate() throws Exception {
    List<CookieServerView> stored = CookieServerView.storedBy(run.canary(), cookies(), "cookies");
    assertThat(stored).extracting(CookieServerView::name).containsAll(CookieServerView.persistentNames(run.canary()));
    CookieSummary c = work(check.result()).cookies().get(0);
    assertThat(work(check.result()).cookies()).hasSize(1);
    assertThat(c.domain()).isEqualTo("127.0.0.1");
    assertThat(c.count()).isEqualTo(stored.size());
    int slack = EncryptedCookieSize.maxOverestimate(HostOs.LINUX) * stored.size();
    long trueTotal = CookieServerView.total(stored);
    assertThat(c.totalBytes()).isBetween(trueTotal, trueTotal + slack);
    assertThat(c.largestBytes()).isBetween(4004L, 4004L + 15);
    long trueHeader = CookieServerView.header(stored);
    assertThat(trueHeader).isGreaterThan(8 * 1024);
    assertThat(c.headerBytes()).isBetween(trueHeader, trueHeader + slack);
  }

  @Test
  void seesTheSessionTokenAboutToExpire() {
    CookieSummary c = work(check.result()).cookies().get(0);
    assertThat(c.sessionLike()).isEqualTo(2); // sid, __Secure-next-auth.session-token
    assertThat(c.expiringSoon()).isEqualTo(1);
    assertThat(c.expired()).isZero();
    Instant expires = Instant.parse(c.sessionExpiresAt());
    assertThat(expires).isBetween(run.startedAt().plusSeconds(CookieSiteServer.TOKEN_MAX_AGE).minusSeconds(1),
        run.endedAt().plusSeconds(CookieSiteServer.TOKEN_MAX_AGE).plusSeconds(1));
  }

  @Test
  void twoHoursLaterTheTokenCountsAsExpiredAndLeavesTheHeader() throws Exception {
    ProbeResult later = probe(Clock.offset(CLOCK, Duration.ofHours(2)));
    CookieSummary now = work(check.result()).cookies().get(0);
    CookieSummary c = work(later).cookies().get(0);
    assertThat(c.expired()).isEqualTo(1);
    assertThat(c.expiringSoon()).isZero();
    assertThat(c.headerBytes()).isLessThan(now.headerBytes() - 200);
  }

  @Test
  void measuresTheDiskCacheKeptUnderXdgCacheHome() {
    BrowserProfile p = work(check.result());
    assertThat(Files.isDirectory(home.resolve(".cache/chromium/Work/Cache/Cache_Data"))).isTrue();
    assertThat(p.cacheState()).isEqualTo("ok");
    assertThat(p.cacheEntries()).isPositive();
    assertThat(p.cacheBytes()).isPositive();
  }

  @Test
  void reportsTheUnpackedExtensionButNotTheBuiltInPdfViewer() throws Exception {
    // Chromium's id for an unpacked extension: SHA-256 of its path, first 16 bytes, hex digits a-p.
    byte[] digest = MessageDigest.getInstance("SHA-256")
        .digest(extension.toRealPath().toString().getBytes(StandardCharsets.UTF_8));
    StringBuilder id = new StringBuilder();
    for (char hex : HexFormat.of().formatHex(digest, 0, 16).toCharArray()) {
      id.append((char) ('a' + Character.digit(hex, 16)));
    }
    assertThat(work(check.result()).extensions())
        .containsExactly(new BrowserExtension(id.toString(), "GD Test Extension", "1.2.3", true));
  }

  @Test
  void recordsTheForcedProxyAndDohModes() {
    assertThat(work(check.result()).proxyMode()).isEqualTo("direct");
    assertThat(work(check.result()).dohMode()).isEqualTo("off");
  }

  @Test
  void theCanaryValueAppearsNowhere() throws Exception {
    check.assertNowhere(run.canary());
    assertThat(run.logs()).doesNotContain(run.canary());
    assertThat(Fixtures.leftIn(tmp.resolve("probe-temp"))).isEmpty();
  }

  @Test
  void theCookieStoreHoldsTheCanaryEncryptedAndTheProbeLeftItUntouched() throws Exception {
    assertThat(sha256(cookies())).isEqualTo(cookiesBefore);
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:file:" + cookies() + "?mode=ro"); ResultSet rs = c.createStatement().executeQuery(
            "select length(encrypted_value), length(value) from cookies where name = 'gd_canary'")) {
      assertThat(rs.next()).isTrue();
      // 3 + AES-CBC(32-byte hash + 40-byte canary -> 80) = 83 bytes; value column empty.
      assertThat(rs.getInt(1)).isEqualTo(3 + 80);
      assertThat(rs.getInt(2)).isZero();
    }
  }

  private Path cookies() {
    return home.resolve(".config/chromium/Work/Cookies");
  }

  private static String sha256(Path file) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
  }
}
