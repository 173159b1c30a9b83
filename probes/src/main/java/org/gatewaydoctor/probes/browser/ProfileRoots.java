package org.gatewaydoctor.probes.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Where each browser keeps its profiles on each OS, from the vendors' documentation (Chromium
 * docs/user_data_dir.md; Mozilla "Profiles - Where Firefox stores your bookmarks, passwords and
 * other user data") plus the snap and Flatpak packagings on Linux. Only folders that exist are
 * returned.
 */
final class ProfileRoots {

  /** A Chromium-family user data folder and where its caches are mirrored (or null). */
  record ChromiumRoot(String browser, Path dir, Path cacheMirror) {}

  /**
   * A Firefox-family folder holding {@code profiles.ini}, the folder its profiles' caches go under,
   * and the browser: {@code firefox} or a fork (LibreWolf, Waterfox, Floorp, Zen) that keeps Firefox's
   * layout under its own name.
   */
  record FirefoxRoot(String browser, Path dir, Path cacheRoot) {}

  /**
   * Chromium-family browsers beyond the four above: their channels and the other browsers people
   * use, as {browser id, Windows folder under %LOCALAPPDATA% (or %APPDATA% for Opera, which roams),
   * macOS folder under Application Support, Linux folder under $XDG_CONFIG_HOME}. From the vendors'
   * install layouts (Chrome's "SxS" is Canary; on Linux Chrome Dev is "unstable").
   */
  private static final String[][] MORE_CHROMIUM = {
      {"chrome", "Google/Chrome Beta", "Google/Chrome Beta", "google-chrome-beta"},
      {"chrome", "Google/Chrome Dev", "Google/Chrome Dev", "google-chrome-unstable"},
      {"chrome", "Google/Chrome SxS", "Google/Chrome Canary", "google-chrome-canary"},
      {"edge", "Microsoft/Edge Beta", "Microsoft Edge Beta", "microsoft-edge-beta"},
      {"edge", "Microsoft/Edge Dev", "Microsoft Edge Dev", "microsoft-edge-dev"},
      {"edge", "Microsoft/Edge SxS", "Microsoft Edge Canary", "microsoft-edge-canary"},
      {"brave", "BraveSoftware/Brave-Browser-Beta", "BraveSoftware/Brave-Browser-Beta", "BraveSoftware/Brave-Browser-Beta"},
      {"brave", "BraveSoftware/Brave-Browser-Nightly", "BraveSoftware/Brave-Browser-Nightly",
          "BraveSoftware/Brave-Browser-Nightly"},
      {"vivaldi", "Vivaldi", "Vivaldi", "vivaldi"},
      {"vivaldi", "Vivaldi Snapshot", "Vivaldi Snapshot", "vivaldi-snapshot"},
      {"opera", "Opera Software/Opera Stable", "com.operasoftware.Opera", "opera"},
      {"opera", "Opera Software/Opera GX Stable", "com.operasoftware.OperaGX", "opera-gx"},
  };

  /**
   * Firefox forks with Firefox's profile layout: {browser id, Windows folder under %APPDATA% (caches
   * under %LOCALAPPDATA%), macOS folder under Application Support (caches under Library/Caches),
   * Linux folder under the home directory (caches under $XDG_CACHE_HOME)}.
   */
  private static final String[][] FIREFOX_FORKS = {
      {"librewolf", "librewolf", "librewolf", ".librewolf"},
      {"waterfox", "Waterfox", "Waterfox", ".waterfox"},
      {"floorp", "Floorp", "Floorp", ".floorp"},
      {"zen", "zen", "zen", ".zen"},
  };

  private final BrowserHost host;

  ProfileRoots(BrowserHost host) {
    this.host = host;
  }

  List<ChromiumRoot> chromium() {
    List<ChromiumRoot> all = new ArrayList<>();
    switch (host.os()) {
      case WINDOWS -> {
        Path local = host.localAppData();
        all.add(new ChromiumRoot("chrome", at(local, "Google", "Chrome", "User Data"), null));
        all.add(new ChromiumRoot("chromium", at(local, "Chromium", "User Data"), null));
        all.add(new ChromiumRoot("edge", at(local, "Microsoft", "Edge", "User Data"), null));
        all.add(new ChromiumRoot("brave", at(local, "BraveSoftware", "Brave-Browser", "User Data"), null));
        for (String[] b : MORE_CHROMIUM) {
          // Opera keeps its user data in the roaming profile, and with no "User Data" folder.
          all.add(b[0].equals("opera") ? new ChromiumRoot(b[0], at(host.appData(), b[1].split("/")), null)
              : new ChromiumRoot(b[0], at(at(local, b[1].split("/")), "User Data"), null));
        }
      }
      case MACOS -> {
        Path support = at(host.home(), "Library", "Application Support");
        Path caches = at(host.home(), "Library", "Caches");
        for (String[] b : new String[][] {{"chrome", "Google/Chrome"}, {"chromium", "Chromium"},
            {"edge", "Microsoft Edge"}, {"brave", "BraveSoftware/Brave-Browser"}}) {
          all.add(new ChromiumRoot(b[0], at(support, b[1].split("/")), at(caches, b[1].split("/"))));
        }
        for (String[] b : MORE_CHROMIUM) {
          all.add(new ChromiumRoot(b[0], at(support, b[2].split("/")), at(caches, b[2].split("/"))));
        }
      }
      case LINUX -> linuxChromium(all);
    }
    return all.stream().filter(r -> Files.isDirectory(r.dir())).toList();
  }

  private void linuxChromium(List<ChromiumRoot> all) {
    Path config = host.configHome();
    Path cache = host.cacheHome();
    for (String[] b : new String[][] {{"chrome", "google-chrome"}, {"chromium", "chromium"},
        {"edge", "microsoft-edge"}, {"brave", "BraveSoftware/Brave-Browser"}}) {
      // Chromium's GetUserCacheDirectory: a profile under $XDG_CONFIG_HOME caches under $XDG_CACHE_HOME.
      all.add(new ChromiumRoot(b[0], at(config, b[1].split("/")), at(cache, b[1].split("/"))));
    }
    for (String[] b : MORE_CHROMIUM) {
      all.add(new ChromiumRoot(b[0], at(config, b[3].split("/")), at(cache, b[3].split("/"))));
    }
    Path snap = at(host.home(), "snap", "chromium", "common");
    all.add(new ChromiumRoot("chromium", snap.resolve("chromium"), at(snap, ".cache", "chromium")));
    for (String[] f : new String[][] {{"chrome", "com.google.Chrome", "google-chrome"},
        {"chromium", "org.chromium.Chromium", "chromium"}, {"edge", "com.microsoft.Edge", "microsoft-edge"},
        {"brave", "com.brave.Browser", "BraveSoftware/Brave-Browser"}}) {
      Path app = at(host.home(), ".var", "app", f[1]);
      all.add(new ChromiumRoot(f[0], at(app.resolve("config"), f[2].split("/")), at(app.resolve("cache"), f[2].split("/"))));
    }
  }

  List<FirefoxRoot> firefox() {
    List<FirefoxRoot> all = new ArrayList<>();
    switch (host.os()) {
      case WINDOWS -> {
        all.add(new FirefoxRoot("firefox", at(host.appData(), "Mozilla", "Firefox"),
            at(host.localAppData(), "Mozilla", "Firefox")));
        for (String[] f : FIREFOX_FORKS) {
          all.add(new FirefoxRoot(f[0], at(host.appData(), f[1]), at(host.localAppData(), f[1])));
        }
      }
      case MACOS -> {
        all.add(new FirefoxRoot("firefox", at(host.home(), "Library", "Application Support", "Firefox"),
            at(host.home(), "Library", "Caches", "Firefox")));
        for (String[] f : FIREFOX_FORKS) {
          all.add(new FirefoxRoot(f[0], at(host.home(), "Library", "Application Support", f[2]),
              at(host.home(), "Library", "Caches", f[2])));
        }
      }
      case LINUX -> {
        Path cache = at(host.cacheHome(), "mozilla", "firefox");
        all.add(new FirefoxRoot("firefox", at(host.home(), ".mozilla", "firefox"), cache));
        // Firefox 147 and later may use the XDG layout for new installs.
        all.add(new FirefoxRoot("firefox", at(host.configHome(), "mozilla", "firefox"), cache));
        Path snap = at(host.home(), "snap", "firefox", "common");
        all.add(new FirefoxRoot("firefox", at(snap, ".mozilla", "firefox"), at(snap, ".cache", "mozilla", "firefox")));
        Path flatpak = at(host.home(), ".var", "app", "org.mozilla.firefox");
        all.add(new FirefoxRoot("firefox", at(flatpak, ".mozilla", "firefox"),
            at(flatpak, "cache", "mozilla", "firefox")));
        for (String[] f : FIREFOX_FORKS) {
          all.add(new FirefoxRoot(f[0], at(host.home(), f[3]), at(host.cacheHome(), f[3].substring(1))));
        }
      }
    }
    return all.stream().filter(r -> Files.isDirectory(r.dir())).distinct().toList();
  }

  /** {@code base} with each part appended; parts are single names, so this works for any OS's paths. */
  static Path at(Path base, String... parts) {
    Path p = base;
    for (String part : parts) {
      p = p.resolve(part);
    }
    return p;
  }
}
