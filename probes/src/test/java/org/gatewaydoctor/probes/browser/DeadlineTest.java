package org.gatewaydoctor.probes.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import org.gatewaydoctor.facts.ProbeStatus;
import org.gatewaydoctor.facts.browser.BrowserProfile;
import org.gatewaydoctor.probes.ProbeContext;
import org.gatewaydoctor.probes.ProbeResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The probe stops at its deadline and says what it left out. */
@Timeout(60)
class DeadlineTest {

  @TempDir Path tree;

  /** A clock that moves one second each time it is read, so the deadline passes mid-walk. */
  private static final class SteppingClock extends Clock {
    private Instant now;

    SteppingClock(Instant start) {
      this.now = start;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      Instant t = now;
      now = now.plusSeconds(1);
      return t;
    }
  }

  private BrowserHost firefoxWithBigCache(int entries) throws Exception {
    FixtureTree.copy("linux", tree);
    Path home = tree.resolve("home");
    Path cacheEntries = home.resolve("xdg/cache/mozilla/firefox/ab12cd34.default-esr/cache2/entries");
    for (int i = 0; i < entries; i++) {
      Files.writeString(cacheEntries.resolve(String.format("%040X", i + 2)), "x");
    }
    return Fixtures.host(HostOs.LINUX, tree, Map.of(
        "XDG_CONFIG_HOME", home.resolve("xdg/config").toString(), "XDG_CACHE_HOME", home.resolve("xdg/cache").toString()));
  }

  @Test
  void stopsCountingABigCacheAtTheDeadlineWithoutReportingAPartialCount() throws Exception {
    Path cache2 = Files.createDirectories(tree.resolve("cache2/entries")).getParent();
    for (int i = 0; i < 3000; i++) {
      Files.writeString(cache2.resolve("entries").resolve(String.format("%040X", i)), "x");
    }
    // The walk reads the clock once per 256 files; each read costs a "second".
    Deadline deadline = new Deadline(Fixtures.NOW.plusSeconds(3), new SteppingClock(Fixtures.NOW));
    BrowserHost host = new BrowserHost(HostOs.LINUX, tree, Map.of(), tree, tree, Fixtures.CLOCK);

    CacheReport report = FirefoxDiskCache.inspect(cache2, deadline, host);

    assertThat(report.wasCut()).isTrue();
    assertThat(report.bytes()).isNull();
    assertThat(report.entries()).isNull();
    assertThat(report.note()).matches("deadline reached while counting ~/cache2 \\(at least \\d+ entries, \\d+ bytes\\)");
    assertThat(deadline.stoppedWork()).isTrue();
  }

  @Test
  void aCutCacheCountMakesTheProfilePartialAndTheProbeTimedOut() throws Exception {
    ProfileNotes notes = new ProfileNotes();
    notes.read();
    notes.cut("deadline reached while counting ~/cache2 (at least 512 entries, 512 bytes)");
    assertThat(notes.readState()).isEqualTo("partial");
    assertThat(notes.wasCut()).isTrue();
  }

  @Test
  void aDeadlineAlreadyPastReadsNothingAndSaysHowManyProfilesWereLeft() throws Exception {
    BrowserHost host = firefoxWithBigCache(0);
    Clock clock = Clock.fixed(Fixtures.NOW, ZoneOffset.UTC);
    ProbeResult result = new BrowserProbe(host, Fixtures.DOMAINS)
        .run(new ProbeContext(Fixtures.CHATGPT, Fixtures.NOW.minus(Duration.ofSeconds(1)), clock));
    assertThat(result.status()).isEqualTo(ProbeStatus.TIMEOUT);
    assertThat(result.reason()).isEqualTo("deadline reached: 0 profile(s) read, 4 not read");
    assertThat(result.observations().browsers()).isEmpty();
  }

  @Test
  void returnsWithinTheDeadlineOnTheRealClock() throws Exception {
    BrowserHost host = manyFirefoxProfiles(150);
    Clock clock = Clock.systemUTC();
    Instant start = clock.instant();
    ProbeResult result = new BrowserProbe(host, Fixtures.DOMAINS)
        .run(new ProbeContext(Fixtures.CHATGPT, start.plusMillis(200), clock));
    Duration took = Duration.between(start, clock.instant());
    assertThat(result.status()).isEqualTo(ProbeStatus.TIMEOUT);
    assertThat(result.reason()).matches("deadline reached: \\d+ profile\\(s\\) read, \\d+ not read");
    // One step is never interrupted: copying and opening one cookie store (the first also loads
    // SQLite's native library). The margin covers that step on a busy machine.
    assertThat(took).isLessThan(Duration.ofMillis(200 + 500));
  }

  /** 150 copies of the Linux fixture's Firefox profile, all listed in profiles.ini. */
  private BrowserHost manyFirefoxProfiles(int count) throws Exception {
    BrowserHost host = firefoxWithBigCache(0);
    Path firefox = host.home().resolve(".mozilla/firefox");
    Path template = firefox.resolve("ab12cd34.default-esr");
    StringBuilder ini = new StringBuilder();
    for (int i = 0; i < count; i++) {
      Path copy = Files.createDirectories(firefox.resolve("p" + i + ".default"));
      for (String file : new String[] {"cookies.sqlite", "prefs.js", "compatibility.ini"}) {
        Files.copy(template.resolve(file), copy.resolve(file));
      }
      ini.append("[Profile").append(i).append("]\nIsRelative=1\nPath=p").append(i).append(".default\n\n");
    }
    Files.writeString(firefox.resolve("profiles.ini"), ini);
    return host;
  }
}
