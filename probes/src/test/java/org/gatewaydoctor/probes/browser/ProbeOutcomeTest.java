package org.gatewaydoctor.probes.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.gatewaydoctor.facts.ProbeStatus;
import org.gatewaydoctor.probes.ProbeResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** How the probe as a whole ends when there is nothing, or nothing readable, to look at. */
@Timeout(30)
class ProbeOutcomeTest {

  @TempDir Path tree;

  @Test
  void aMachineWithoutBrowsersIsAnObservationNotAFailure() throws Exception {
    Files.createDirectories(tree.resolve("home"));
    ProbeResult result = Fixtures.run(Fixtures.host(HostOs.LINUX, tree, Map.of()), Fixtures.DOMAINS);
    assertThat(result.status()).isEqualTo(ProbeStatus.OK);
    assertThat(result.reason()).isEqualTo("no browser profile found");
    assertThat(result.observations().browsers()).isEmpty();
    assertThat(result.observations().installedBrowsers()).isEmpty();
  }

  @Test
  void whenNoProfileCanBeReadTheProbeFailsWithTheFirstReason() throws Exception {
    Path data = Files.createDirectories(tree.resolve("home/.config/chromium"));
    Files.writeString(data.resolve("Local State"), "{\"profile\":{\"info_cache\":{\"Default\":{}}}}");
    Files.createDirectories(data.resolve("Default/Preferences")); // a folder where a file belongs
    Files.writeString(data.resolve("Default/Cookies"), "garbage, not SQLite");
    ProbeResult result = Fixtures.run(Fixtures.host(HostOs.LINUX, tree, Map.of()), Fixtures.DOMAINS);
    assertThat(result.status()).isEqualTo(ProbeStatus.FAILED);
    assertThat(result.reason()).isEqualTo("none of the 1 browser profile(s) could be read; chromium Default: "
        + "~/.config/chromium/Default/Preferences is not a file; extensions not read (unknown, not none); "
        + "~/.config/chromium/Default/Cookies is not a readable SQLite database (SQLITE_NOTADB); "
        + "cookies not read (unknown, not none)");
    assertThat(result.observations().browsers()).singleElement()
        .satisfies(p -> assertThat(p.readState()).isEqualTo("unreadable"));
  }

  @Test
  void aProfileThatBreaksTheReaderCostsOnlyThatProfile() throws Exception {
    Path data = Files.createDirectories(tree.resolve("home/.config/chromium/Default"));
    // A NUL in a folder name is no path on any OS: resolving it throws InvalidPathException.
    Files.writeString(data.resolveSibling("Local State"),
        "{\"profile\":{\"info_cache\":{\"Bad\\u0000Name\":{},\"Default\":{}}}}");
    Files.writeString(data.resolve("Preferences"), "{\"extensions\":{\"last_chrome_version\":\"150.0.1.2\"}}");
    ProbeResult result = Fixtures.run(Fixtures.host(HostOs.LINUX, tree, Map.of()), Fixtures.DOMAINS);
    assertThat(result.status()).isEqualTo(ProbeStatus.OK);
    assertThat(result.observations().browsers())
        .extracting(p -> p.readState() + "/" + p.version() + "/" + p.detail())
        .containsExactly("unreadable/null/could not be read (invalid path error)", "ok/150.0.1.2/null");
  }

  @Test
  void refusesABadCookieDomainAndANonPositiveTimeoutWithTheValue() {
    BrowserHost host = new BrowserHost(HostOs.LINUX, tree, Map.of(), tree, tree, Fixtures.CLOCK);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new BrowserProbe(host, List.of("chatgpt.com/")))
        .hasMessage("cookie domain must be a host name such as chatgpt.com, got \"chatgpt.com/\"");
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> new BrowserProbe(host, List.of(), java.time.Duration.ZERO))
        .hasMessage("browser probe timeout must be positive, got PT0S");
  }
}
