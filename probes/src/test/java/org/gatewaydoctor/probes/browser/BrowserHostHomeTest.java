package org.gatewaydoctor.probes.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Browser profiles are looked for under $HOME as the user's shell has it, not the JVM's user.home. */
class BrowserHostHomeTest {

  private static Properties jvm(String os) {
    Properties p = new Properties();
    p.setProperty("os.name", os);
    p.setProperty("user.home", "/home/jvm-thinks");
    p.setProperty("java.io.tmpdir", "/tmp");
    return p;
  }

  @Test
  void homeFromTheEnvironmentWinsOverTheJvmsUserHome() {
    BrowserHost host = BrowserHost.of(Map.of("HOME", "/srv/support/copied-profile"), jvm("Linux"), Clock.systemUTC());
    assertThat(host.home()).isEqualTo(Path.of("/srv/support/copied-profile"));
    assertThat(host.configHome()).isEqualTo(Path.of("/srv/support/copied-profile/.config"));
  }

  @Test
  void xdgVariablesAsTheShellHasThemArePassedOn() {
    BrowserHost host = BrowserHost.of(Map.of("HOME", "/h", "XDG_CONFIG_HOME", "/x/config"), jvm("Linux"),
        Clock.systemUTC());
    assertThat(host.configHome()).isEqualTo(Path.of("/x/config"));
  }

  @Test
  void withoutAnAbsoluteHomeTheJvmsUserHomeIsUsed() {
    assertThat(BrowserHost.of(Map.of(), jvm("Linux"), Clock.systemUTC()).home()).isEqualTo(Path.of("/home/jvm-thinks"));
    assertThat(BrowserHost.of(Map.of("HOME", "relative"), jvm("Linux"), Clock.systemUTC()).home())
        .isEqualTo(Path.of("/home/jvm-thinks"));
  }
}
