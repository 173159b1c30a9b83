package org.gatewaydoctor.probes.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gatewaydoctor.facts.browser.BrowserExtension;
import org.gatewaydoctor.facts.browser.BrowserProfile;
import org.gatewaydoctor.facts.browser.CookieSummary;

/**
 * Reads one Chromium-family profile into a {@link BrowserProfile}: version, proxy mode and
 * extensions from {@code Preferences}, the target's cookies, and the disk cache. Never throws for
 * what it finds on disk: failures become the profile's {@code readState} and {@code detail}.
 */
final class ChromiumProfileReader {

  private final ProfileFiles files;
  private final CookieDomains domains;

  ChromiumProfileReader(ProfileFiles files, CookieDomains domains) {
    this.files = files;
    this.domains = domains;
  }

  BrowserProfile read(ChromiumUserData data, String folder, Deadline deadline) {
    BrowserHost host = files.host();
    Path dir = data.dir().resolve(folder);
    ProfileNotes notes = new ProfileNotes();
    if (data.note() != null) {
      notes.note(data.note());
    }
    if (data.holder() != null) {
      notes.note("browser running (" + data.holder() + "); read from copies");
    }
    if (!Files.isDirectory(dir)) {
      notes.failed(new ProfileFileException(ProfileFileException.Kind.MISSING, "profile folder " + host.display(dir)
          + " is missing"));
      return profile(data, folder, dir, null, null, List.of(), List.of(), CacheReport.absent(), notes);
    }
    JsonNode prefs = json(dir.resolve("Preferences"), true, notes);
    JsonNode secure = json(dir.resolve("Secure Preferences"), false, notes);
    if (prefs.isMissingNode()) {
      notes.unknown("extensions"); // their list lives in Preferences
    }
    String version = text(prefs.path("extensions").path("last_chrome_version"));
    String proxy = text(prefs.path("proxy").path("mode"));
    List<BrowserExtension> extensions = new ChromiumExtensions(files).list(
        List.of(prefs.path("extensions").path("settings"), secure.path("extensions").path("settings")), dir);
    List<CookieSummary> cookies = deadline.passed() ? cutCookies(notes) : cookies(dir, notes);
    CacheReport cache = deadline.passed() ? cutCache(notes) : cache(data, folder, dir, deadline, notes);
    return profile(data, folder, dir, version == null ? data.lastVersion() : version, proxy, cookies, extensions, cache,
        notes);
  }

  private BrowserProfile profile(ChromiumUserData data, String folder, Path dir, String version, String proxy,
      List<CookieSummary> cookies, List<BrowserExtension> extensions, CacheReport cache, ProfileNotes notes) {
    return new BrowserProfile(data.browser(), version, folder, files.host().display(dir), notes.readState(),
        cache.bytes(), cache.entries(), cache.state(), cookies, extensions, proxy, data.dohMode(), notes.detail());
  }

  /** Chromium 96+ keeps cookies in {@code Network/Cookies}; older versions in {@code Cookies}. */
  private List<CookieSummary> cookies(Path dir, ProfileNotes notes) {
    Path db = ProfileFiles.present(dir.resolve("Network").resolve("Cookies")) ? dir.resolve("Network").resolve("Cookies")
        : dir.resolve("Cookies");
    if (!ProfileFiles.present(db) || domains.isEmpty()) {
      notes.read(); // a profile that never stored a cookie, or no site to look for
      return List.of();
    }
    try {
      List<CookieRow> rows = ChromiumCookies.read(db, domains, files.host());
      notes.read();
      return CookieTally.summarise(rows, files.host().clock().instant());
    } catch (ProfileFileException e) {
      notes.failed(e);
      notes.unknown("cookies");
      return List.of();
    }
  }

  /** Linux and macOS builds keep a default-location profile's cache under the cache mirror. */
  private CacheReport cache(ChromiumUserData data, String folder, Path dir, Deadline deadline, ProfileNotes notes) {
    List<Path> candidates = new ArrayList<>();
    if (data.cacheMirror() != null) {
      candidates.add(data.cacheMirror().resolve(folder).resolve("Cache"));
    }
    candidates.add(dir.resolve("Cache"));
    Path folderPath = candidates.stream().filter(Files::isDirectory).findFirst().orElse(dir.resolve("Cache"));
    CacheReport report = ChromiumDiskCache.inspect(folderPath, deadline, files.host());
    if (report.wasCut()) {
      notes.cut(report.note());
    } else if (report.note() != null) {
      notes.note("cache: " + report.note());
    }
    return report;
  }

  private JsonNode json(Path file, boolean required, ProfileNotes notes) {
    if (!required && !ProfileFiles.present(file)) {
      return MissingNode.getInstance();
    }
    try {
      JsonNode node = files.json(file);
      notes.read();
      return node;
    } catch (ProfileFileException e) {
      notes.failed(e);
      return MissingNode.getInstance();
    }
  }

  private static List<CookieSummary> cutCookies(ProfileNotes notes) {
    notes.cut("deadline reached before the cookies were read");
    return List.of();
  }

  private static CacheReport cutCache(ProfileNotes notes) {
    notes.cut("deadline reached before the cache was measured");
    return new CacheReport(null, null, null, null);
  }

  private static String text(JsonNode node) {
    return node.isTextual() && !node.asText().isBlank() ? node.asText().strip() : null;
  }
}
