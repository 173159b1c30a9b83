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

  /** A Firefox folder holding {@code profiles.ini}, and the folder its profiles' caches go under. */
  record FirefoxRoot(Path dir, Path cacheRoot) {}

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
      }
      case MACOS -> {
        Path support = at(host.home(), "Library", "Application Support");
        Path caches = at(host.home(), "Library", "Caches");
        for (String[] b : new String[][] {{"chrome", "Google/Chrome"}, {"chromium", "Chromium"},
            {"edge", "Microsoft Edge"}, {"brave", "BraveSoftware/Brave-Browser"}}) {
          all.add(new ChromiumRoot(b[0], at(support, b[1].split("/")), at(caches, b[1].split("/"))));
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
      case WINDOWS -> all.add(new FirefoxRoot(at(host.appData(), "Mozilla", "Firefox"),
          at(host.localAppData(), "Mozilla", "Firefox")));
      case MACOS -> all.add(new FirefoxRoot(at(host.home(), "Library", "Application Support", "Firefox"),
          at(host.home(), "Library", "Caches", "Firefox")));
      case LINUX -> {
        Path cache = at(host.cacheHome(), "mozilla", "firefox");
        all.add(new FirefoxRoot(at(host.home(), ".mozilla", "firefox"), cache));
        // Firefox 147 and later may use the XDG layout for new installs.
        all.add(new FirefoxRoot(at(host.configHome(), "mozilla", "firefox"), cache));
        Path snap = at(host.home(), "snap", "firefox", "common");
        all.add(new FirefoxRoot(at(snap, ".mozilla", "firefox"), at(snap, ".cache", "mozilla", "firefox")));
        Path flatpak = at(host.home(), ".var", "app", "org.mozilla.firefox");
        all.add(new FirefoxRoot(at(flatpak, ".mozilla", "firefox"), at(flatpak, "cache", "mozilla", "firefox")));
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
