package org.gatewaydoctor.probes.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.gatewaydoctor.facts.browser.BrowserProfile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A profile none of whose files can be read is reported as unreadable, its note names every file
 * that failed, and it says its cookies and extensions were not read, so its empty lists read as
 * unknown rather than as "none". The tests run as root, where chmod does not stop reading, so the
 * files are made unreadable another way: a folder in the file's place, a link to nothing, or a
 * file that is not a SQLite database.
 */
@Timeout(30)
class UnreadableProfileTest {

  @Test
  void anUnreadableFirefoxProfileNamesEveryFileItCouldNotRead(@TempDir Path tree) throws Exception {
    Path root = Files.createDirectories(tree.resolve("home/.mozilla/firefox"));
    Files.writeString(root.resolve("profiles.ini"), "[Profile0]\nName=default-release\nIsRelative=1\n"
        + "Path=ab12cd34.default-release\nDefault=1\n");
    Path dir = Files.createDirectories(root.resolve("ab12cd34.default-release"));
    Files.createDirectories(dir.resolve("compatibility.ini"));
    Files.createSymbolicLink(dir.resolve("prefs.js"), dir.resolve("gone/prefs.js"));
    Files.createDirectories(dir.resolve("extensions.json"));
    Files.writeString(dir.resolve("cookies.sqlite"), "SQLite format 3\0 but cut short");

    BrowserProfile ff = Fixtures.profile(Fixtures.run(Fixtures.host(HostOs.LINUX, tree, Map.of()), Fixtures.DOMAINS),
        "firefox", "ab12cd34.default-release");

    assertThat(ff.readState()).isEqualTo("unreadable");
    assertThat(ff.detail()).contains("compatibility.ini", "prefs.js", "extensions.json", "cookies.sqlite",
        "cookies not read", "extensions not read");
    assertThat(ff.cookies()).isEmpty();
    assertThat(ff.extensions()).isEmpty();
  }

  @Test
  void anUnreadableChromeProfileNamesEveryFileItCouldNotRead(@TempDir Path tree) throws Exception {
    Path data = Files.createDirectories(tree.resolve("home/.config/google-chrome"));
    Files.writeString(data.resolve("Local State"), "{\"profile\":{\"info_cache\":{\"Default\":{}}}}");
    Path dir = Files.createDirectories(data.resolve("Default"));
    Files.createDirectories(dir.resolve("Preferences"));
    Files.createDirectories(dir.resolve("Network"));
    Files.createSymbolicLink(dir.resolve("Network/Cookies"), dir.resolve("gone/Cookies"));

    BrowserProfile chrome = Fixtures.profile(
        Fixtures.run(Fixtures.host(HostOs.LINUX, tree, Map.of()), Fixtures.DOMAINS), "chrome", "Default");

    assertThat(chrome.readState()).isEqualTo("unreadable");
    assertThat(chrome.detail()).contains("Default/Preferences", "Network/Cookies", "cookies not read",
        "extensions not read");
    assertThat(chrome.cookies()).isEmpty();
  }
}
