package org.gatewaydoctor.probes.browser;

import static org.gatewaydoctor.probes.browser.ProfileRoots.at;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gatewaydoctor.facts.browser.InstalledBrowser;

/**
 * Which browsers are installed, from the standard install locations of each OS, with the version
 * when a file states it (no browser is started): {@code application.ini} for Firefox, the
 * versioned {@code Application\<version>} folder on Windows, {@code Info.plist} on macOS, the dpkg
 * database or a snap's {@code meta/snap.yaml} on Linux.
 */
final class InstalledBrowsers {

  private final ProfileFiles files;
  private final InstallVersions versions;

  InstalledBrowsers(ProfileFiles files) {
    this.files = files;
    this.versions = new InstallVersions(files);
  }

  List<InstalledBrowser> find(Deadline deadline) {
    BrowserHost host = files.host();
    List<InstalledBrowser> out = new ArrayList<>();
    List<Candidate> candidates = switch (host.os()) {
      case LINUX -> linux(host);
      case MACOS -> macos(host);
      case WINDOWS -> windows(host);
    };
    for (Candidate c : candidates) {
      if (deadline.passed()) {
        break;
      }
      if (Files.exists(c.marker())) {
        out.add(new InstalledBrowser(c.browser(), versions.of(c), host.display(c.dir())));
      }
    }
    return out;
  }

  /**
   * One place a browser may be installed.
   *
   * @param browser the browser id
   * @param dir the install folder, recorded as the path
   * @param marker the file whose existence shows it is installed
   * @param source how to read the version: {@code ini}, {@code dpkg:<package>}, {@code snap},
   *     {@code plist}, {@code folder}, or {@code none}
   */
  record Candidate(String browser, Path dir, Path marker, String source) {}

  private static List<Candidate> linux(BrowserHost host) {
    Path r = host.root();
    List<Candidate> c = new ArrayList<>();
    c.add(bin("chrome", at(r, "opt", "google", "chrome"), "chrome", "dpkg:google-chrome-stable"));
    c.add(bin("chromium", at(r, "usr", "lib", "chromium"), "chromium", "dpkg:chromium"));
    c.add(bin("chromium", at(r, "usr", "lib", "chromium-browser"), "chromium-browser", "dpkg:chromium-browser"));
    c.add(bin("chromium", at(r, "usr", "lib64", "chromium-browser"), "chromium-browser", "none"));
    c.add(bin("edge", at(r, "opt", "microsoft", "msedge"), "msedge", "dpkg:microsoft-edge-stable"));
    c.add(bin("brave", at(r, "opt", "brave.com", "brave"), "brave", "dpkg:brave-browser"));
    for (String[] f : new String[][] {{"usr", "lib", "firefox"}, {"usr", "lib", "firefox-esr"},
        {"usr", "lib64", "firefox"}, {"opt", "firefox"}}) {
      c.add(bin("firefox", at(r, f), "application.ini", "ini"));
    }
    c.add(bin("chromium", at(r, "snap", "chromium", "current"), "meta/snap.yaml", "snap"));
    c.add(bin("firefox", at(r, "snap", "firefox", "current"), "meta/snap.yaml", "snap"));
    for (Path flatpaks : List.of(at(r, "var", "lib", "flatpak", "app"), at(host.home(), ".local", "share", "flatpak", "app"))) {
      for (String[] f : new String[][] {{"chrome", "com.google.Chrome"}, {"chromium", "org.chromium.Chromium"},
          {"edge", "com.microsoft.Edge"}, {"brave", "com.brave.Browser"}, {"firefox", "org.mozilla.firefox"}}) {
        c.add(bin(f[0], flatpaks.resolve(f[1]), "current", "none"));
      }
    }
    return c;
  }

  private static List<Candidate> macos(BrowserHost host) {
    List<Candidate> c = new ArrayList<>();
    for (Path apps : List.of(at(host.root(), "Applications"), at(host.home(), "Applications"))) {
      for (String[] b : new String[][] {{"chrome", "Google Chrome.app"}, {"chromium", "Chromium.app"},
          {"edge", "Microsoft Edge.app"}, {"brave", "Brave Browser.app"}, {"firefox", "Firefox.app"},
          {"safari", "Safari.app"}}) {
        c.add(bin(b[0], apps.resolve(b[1]), "Contents/Info.plist", "plist"));
      }
    }
    return c;
  }

  private static List<Candidate> windows(BrowserHost host) {
    Path r = host.root();
    List<Path> bases = List.of(host.envPath("ProgramFiles").orElse(r.resolve("Program Files")),
        host.envPath("ProgramFiles(x86)").orElse(r.resolve("Program Files (x86)")), host.localAppData());
    List<Candidate> c = new ArrayList<>();
    for (Path base : bases) {
      c.add(bin("chrome", at(base, "Google", "Chrome", "Application"), "chrome.exe", "folder"));
      c.add(bin("chromium", at(base, "Chromium", "Application"), "chrome.exe", "folder"));
      c.add(bin("edge", at(base, "Microsoft", "Edge", "Application"), "msedge.exe", "folder"));
      c.add(bin("brave", at(base, "BraveSoftware", "Brave-Browser", "Application"), "brave.exe", "folder"));
      c.add(bin("firefox", base.resolve("Mozilla Firefox"), "firefox.exe", "ini"));
    }
    return c.stream().distinct().toList();
  }

  private static Candidate bin(String browser, Path dir, String marker, String source) {
    return new Candidate(browser, dir, at(dir, marker.split("/")), source);
  }
}
