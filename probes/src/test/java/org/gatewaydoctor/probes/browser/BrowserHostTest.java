package org.gatewaydoctor.probes.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BrowserHostTest {

  private static BrowserHost host(HostOs os, Map<String, String> env) {
    return new BrowserHost(os, Path.of("/home/ann"), env, Path.of("/"), Path.of("/tmp"), Clock.systemUTC());
  }

  @Test
  void writesTheHomeDirectoryAsTilde() {
    BrowserHost linux = host(HostOs.LINUX, Map.of());
    assertThat(linux.display(Path.of("/home/ann/.config/chromium/Profile 1"))).isEqualTo("~/.config/chromium/Profile 1");
    assertThat(linux.display(Path.of("/home/ann"))).isEqualTo("~");
    assertThat(linux.display(Path.of("/home/anne/x"))).isEqualTo("/home/anne/x");
    assertThat(linux.display(Path.of("/opt/google/chrome"))).isEqualTo("/opt/google/chrome");
  }

  @Test
  void writesWindowsPathsWithBackslashes() {
    BrowserHost windows = host(HostOs.WINDOWS, Map.of());
    assertThat(windows.display(Path.of("/home/ann/AppData/Local/Google/Chrome/User Data")))
        .isEqualTo("~\\AppData\\Local\\Google\\Chrome\\User Data");
  }

  @Test
  void environmentOverridesDefaultsButRelativeXdgValuesAreIgnored() {
    BrowserHost h = host(HostOs.LINUX, Map.of("XDG_CONFIG_HOME", "/srv/cfg", "XDG_CACHE_HOME", "relative/cache"));
    assertThat(h.configHome()).isEqualTo(Path.of("/srv/cfg"));
    assertThat(h.cacheHome()).isEqualTo(Path.of("/home/ann/.cache"));
    BrowserHost w = host(HostOs.WINDOWS, Map.of("LOCALAPPDATA", "/d/local"));
    assertThat(w.localAppData()).isEqualTo(Path.of("/d/local"));
    assertThat(w.appData()).isEqualTo(Path.of("/home/ann/AppData/Roaming"));
  }

  @Test
  void osNamesMapToFamilies() {
    assertThat(HostOs.fromOsName("Windows 11")).isEqualTo(HostOs.WINDOWS);
    assertThat(HostOs.fromOsName("Mac OS X")).isEqualTo(HostOs.MACOS);
    assertThat(HostOs.fromOsName("Linux")).isEqualTo(HostOs.LINUX);
    assertThat(HostOs.fromOsName("FreeBSD")).isEqualTo(HostOs.LINUX);
  }
}
