package org.gatewaydoctor.probes.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.gatewaydoctor.facts.browser.InstalledBrowser;
import org.gatewaydoctor.probes.rig.RequiresBinary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The browsers really installed on this machine, with versions read without starting them. */
@Timeout(60)
class InstalledBrowsersRealTest {

  @TempDir Path tmp;

  private List<InstalledBrowser> installedHere() {
    BrowserHost host = new BrowserHost(HostOs.LINUX, tmp, Map.of(), Path.of("/"), tmp, Clock.systemUTC());
    return new InstalledBrowsers(new ProfileFiles(host)).find(Deadline.none(Clock.systemUTC()));
  }

  /** What the browser says about itself, asked inside a network namespace of its own. */
  private static String versionOutput(Path binary) throws Exception {
    Path unshare = RequiresBinary.require("unshare");
    Process p = new ProcessBuilder(unshare.toString(), "-rn", binary.toString(), "--version")
        .redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes());
    assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    return out;
  }

  @Test
  void findsDebiansChromiumWithTheVersionItReports() throws Exception {
    Path chromium = RequiresBinary.require("chromium");
    InstalledBrowser found = installedHere().stream().filter(b -> b.browser().equals("chromium")).findFirst()
        .orElseThrow();
    assertThat(found.path()).isEqualTo("/usr/lib/chromium");
    assertThat(found.version()).matches("\\d+\\.\\d+\\.\\d+\\.\\d+");
    assertThat(versionOutput(chromium)).contains("Chromium " + found.version());
  }

  @Test
  void findsFirefoxEsrWithTheVersionItReports() throws Exception {
    Path firefox = RequiresBinary.require("firefox-esr");
    InstalledBrowser found = installedHere().stream().filter(b -> b.browser().equals("firefox")).findFirst()
        .orElseThrow();
    assertThat(Files.isDirectory(Path.of(found.path()))).isTrue();
    assertThat(versionOutput(firefox)).contains("Mozilla Firefox " + found.version());
  }
}
