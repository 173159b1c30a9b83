package org.gatewaydoctor.probes.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The browsers people use beyond Chrome, Edge, Brave and Firefox's stable builds are found where
 * they keep their profiles on each OS: one fixture folder per browser, channel and OS.
 */
class MoreBrowsersRootsTest {

  static Stream<Arguments> chromiumFamily() {
    return Stream.of(
        Arguments.of(HostOs.LINUX, ".config/google-chrome-beta", "chrome"),
        Arguments.of(HostOs.LINUX, ".config/google-chrome-unstable", "chrome"),
        Arguments.of(HostOs.LINUX, ".config/google-chrome-canary", "chrome"),
        Arguments.of(HostOs.LINUX, ".config/microsoft-edge-beta", "edge"),
        Arguments.of(HostOs.LINUX, ".config/microsoft-edge-dev", "edge"),
        Arguments.of(HostOs.LINUX, ".config/BraveSoftware/Brave-Browser-Beta", "brave"),
        Arguments.of(HostOs.LINUX, ".config/BraveSoftware/Brave-Browser-Nightly", "brave"),
        Arguments.of(HostOs.LINUX, ".config/vivaldi", "vivaldi"),
        Arguments.of(HostOs.LINUX, ".config/opera", "opera"),
        Arguments.of(HostOs.MACOS, "Library/Application Support/Google/Chrome Beta", "chrome"),
        Arguments.of(HostOs.MACOS, "Library/Application Support/Google/Chrome Dev", "chrome"),
        Arguments.of(HostOs.MACOS, "Library/Application Support/Google/Chrome Canary", "chrome"),
        Arguments.of(HostOs.MACOS, "Library/Application Support/Microsoft Edge Beta", "edge"),
        Arguments.of(HostOs.MACOS, "Library/Application Support/BraveSoftware/Brave-Browser-Nightly", "brave"),
        Arguments.of(HostOs.MACOS, "Library/Application Support/Vivaldi", "vivaldi"),
        Arguments.of(HostOs.MACOS, "Library/Application Support/com.operasoftware.Opera", "opera"),
        Arguments.of(HostOs.WINDOWS, "AppData/Local/Google/Chrome Beta/User Data", "chrome"),
        Arguments.of(HostOs.WINDOWS, "AppData/Local/Google/Chrome Dev/User Data", "chrome"),
        Arguments.of(HostOs.WINDOWS, "AppData/Local/Google/Chrome SxS/User Data", "chrome"),
        Arguments.of(HostOs.WINDOWS, "AppData/Local/Microsoft/Edge Dev/User Data", "edge"),
        Arguments.of(HostOs.WINDOWS, "AppData/Local/BraveSoftware/Brave-Browser-Beta/User Data", "brave"),
        Arguments.of(HostOs.WINDOWS, "AppData/Local/Vivaldi/User Data", "vivaldi"),
        Arguments.of(HostOs.WINDOWS, "AppData/Roaming/Opera Software/Opera Stable", "opera"));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("chromiumFamily")
  void findsTheUserDataFolderOfEachChromiumFamilyBrowser(HostOs os, String folder, String browser,
      @TempDir Path tree) throws Exception {
    Path dir = Files.createDirectories(tree.resolve("home").resolve(folder));

    var roots = new ProfileRoots(Fixtures.host(os, tree, Map.of())).chromium();

    assertThat(roots).extracting(r -> r.browser() + " " + r.dir()).containsExactly(browser + " " + dir);
  }

  static Stream<Arguments> firefoxForks() {
    return Stream.of(
        Arguments.of(HostOs.LINUX, ".librewolf", "librewolf"),
        Arguments.of(HostOs.LINUX, ".waterfox", "waterfox"),
        Arguments.of(HostOs.LINUX, ".floorp", "floorp"),
        Arguments.of(HostOs.LINUX, ".zen", "zen"),
        Arguments.of(HostOs.MACOS, "Library/Application Support/librewolf", "librewolf"),
        Arguments.of(HostOs.MACOS, "Library/Application Support/Waterfox", "waterfox"),
        Arguments.of(HostOs.MACOS, "Library/Application Support/Floorp", "floorp"),
        Arguments.of(HostOs.MACOS, "Library/Application Support/zen", "zen"),
        Arguments.of(HostOs.WINDOWS, "AppData/Roaming/librewolf", "librewolf"),
        Arguments.of(HostOs.WINDOWS, "AppData/Roaming/Waterfox", "waterfox"),
        Arguments.of(HostOs.WINDOWS, "AppData/Roaming/Floorp", "floorp"),
        Arguments.of(HostOs.WINDOWS, "AppData/Roaming/zen", "zen"));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("firefoxForks")
  void findsTheProfilesFolderOfEachFirefoxFork(HostOs os, String folder, String browser, @TempDir Path tree)
      throws Exception {
    Path dir = Files.createDirectories(tree.resolve("home").resolve(folder));

    var roots = new ProfileRoots(Fixtures.host(os, tree, Map.of())).firefox();

    assertThat(roots).extracting(r -> r.browser() + " " + r.dir()).containsExactly(browser + " " + dir);
  }
}
