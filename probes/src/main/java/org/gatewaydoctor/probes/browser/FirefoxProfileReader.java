package org.gatewaydoctor.probes.browser;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gatewaydoctor.facts.browser.BrowserExtension;
import org.gatewaydoctor.facts.browser.BrowserProfile;
import org.gatewaydoctor.facts.browser.CookieSummary;

/**
 * Reads one Firefox profile into a {@link BrowserProfile}: version from {@code compatibility.ini},
 * proxy and DoH modes from {@code prefs.js}/{@code user.js}, add-ons from {@code extensions.json},
 * the target's cookies from {@code cookies.sqlite}, and the {@code cache2} disk cache. Never throws
 * for what it finds on disk.
 */
final class FirefoxProfileReader {

  private final ProfileFiles files;
  private final CookieDomains domains;

  FirefoxProfileReader(ProfileFiles files, CookieDomains domains) {
    this.files = files;
    this.domains = domains;
  }

  BrowserProfile read(ProfileRoots.FirefoxRoot root, Path dir, String rootNote, Deadline deadline) {
    BrowserHost host = files.host();
    ProfileNotes notes = new ProfileNotes();
    if (rootNote != null) {
      notes.note(rootNote);
    }
    String name = dir.getFileName() == null ? dir.toString() : dir.getFileName().toString();
    if (!Files.isDirectory(dir)) {
      notes.failed(new ProfileFileException(ProfileFileException.Kind.MISSING, "profile folder " + host.display(dir)
          + " is missing"));
      return new BrowserProfile(root.browser(), null, name, host.display(dir), notes.readState(), null, null, "absent",
          List.of(), List.of(), null, null, notes.detail());
    }
    ProfileLock.holder(dir, host.os(), "lock", "parent.lock")
        .ifPresent(h -> notes.note("browser running (" + h + "); read from copies"));
    String version = version(dir.resolve("compatibility.ini"), notes);
    FirefoxPrefs prefs = new FirefoxPrefs();
    lines(dir.resolve("prefs.js"), notes, prefs);
    lines(dir.resolve("user.js"), notes, prefs);
    List<BrowserExtension> extensions = extensions(dir.resolve("extensions.json"), notes);
    List<CookieSummary> cookies = List.of();
    if (deadline.passed()) {
      notes.cut("deadline reached before the cookies were read");
    } else {
      cookies = cookies(dir.resolve("cookies.sqlite"), notes);
    }
    CacheReport cache = new CacheReport(null, null, null, null);
    if (deadline.passed()) {
      notes.cut("deadline reached before the cache was measured");
    } else {
      cache = cache(root, dir, deadline, notes);
    }
    return new BrowserProfile(root.browser(), version, name, host.display(dir), notes.readState(), cache.bytes(),
        cache.entries(), cache.state(), cookies, extensions, prefs.proxyMode(), prefs.dohMode(), notes.detail());
  }

  /** {@code LastVersion=153.7.0_20261103151912/20261103151912}: the version before the build id. */
  private String version(Path ini, ProfileNotes notes) {
    if (!ProfileFiles.present(ini)) {
      return null; // a profile that was never started
    }
    try {
      String last = IniFile.parse(files.lines(ini)).get("Compatibility", "LastVersion");
      notes.read();
      if (last == null || last.isBlank()) {
        return null;
      }
      int cut = last.indexOf('_');
      return cut > 0 ? last.substring(0, cut) : last;
    } catch (ProfileFileException e) {
      notes.failed(e);
      return null;
    }
  }

  private void lines(Path file, ProfileNotes notes, FirefoxPrefs prefs) {
    if (!ProfileFiles.present(file)) {
      return;
    }
    try {
      prefs.add(files.lines(file));
      notes.read();
    } catch (ProfileFileException e) {
      notes.failed(e);
    }
  }

  private List<BrowserExtension> extensions(Path file, ProfileNotes notes) {
    if (!ProfileFiles.present(file)) {
      return List.of();
    }
    try {
      JsonNode json = files.json(file);
      notes.read();
      return FirefoxExtensions.list(json);
    } catch (ProfileFileException e) {
      notes.failed(e);
      notes.unknown("extensions");
      return List.of();
    }
  }

  private List<CookieSummary> cookies(Path db, ProfileNotes notes) {
    if (!ProfileFiles.present(db) || domains.isEmpty()) {
      notes.read();
      return List.of();
    }
    try {
      List<CookieRow> rows = FirefoxCookies.read(db, domains, files.host());
      notes.read();
      return CookieTally.summarise(rows, files.host().clock().instant());
    } catch (ProfileFileException e) {
      notes.failed(e);
      notes.unknown("cookies");
      return List.of();
    }
  }

  /**
   * Firefox keeps a profile's cache in the local (non-roaming) mirror of the profile's folder:
   * {@code ~/.cache/mozilla/firefox/<profile>} on Linux, {@code %LOCALAPPDATA%\Mozilla\Firefox\Profiles\<profile>}
   * on Windows, {@code ~/Library/Caches/Firefox/Profiles/<profile>} on macOS; inside the profile for
   * profiles elsewhere.
   */
  private CacheReport cache(ProfileRoots.FirefoxRoot root, Path dir, Deadline deadline, ProfileNotes notes) {
    Path cache2 = dir.resolve("cache2");
    if (dir.startsWith(root.dir())) {
      Path mirrored = root.cacheRoot().resolve(root.dir().relativize(dir)).resolve("cache2");
      if (Files.isDirectory(mirrored)) {
        cache2 = mirrored;
      }
    }
    CacheReport report = FirefoxDiskCache.inspect(cache2, deadline, files.host());
    if (report.wasCut()) {
      notes.cut(report.note());
    } else if (report.note() != null) {
      notes.note("cache: " + report.note());
    }
    return report;
  }
}
