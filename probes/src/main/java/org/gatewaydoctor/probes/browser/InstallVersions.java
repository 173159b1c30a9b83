package org.gatewaydoctor.probes.browser;

import static org.gatewaydoctor.probes.browser.ProfileRoots.at;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads an installed browser's version from files beside it; null whenever it cannot. */
final class InstallVersions {

  private static final Pattern DOTTED = Pattern.compile("\\d{1,9}(\\.\\d{1,9})+");
  private static final Pattern PLIST_VERSION =
      Pattern.compile("<key>CFBundleShortVersionString</key>\\s*<string>([^<]+)</string>");

  private final ProfileFiles files;

  InstallVersions(ProfileFiles files) {
    this.files = files;
  }

  String of(InstalledBrowsers.Candidate c) {
    String source = c.source();
    try {
      if (source.equals("ini")) {
        return IniFile.parse(files.lines(c.dir().resolve("application.ini"))).get("App", "Version");
      }
      if (source.equals("snap")) {
        return snap(files.lines(c.marker()));
      }
      if (source.equals("plist")) {
        Matcher m = PLIST_VERSION.matcher(String.join("\n", files.lines(c.marker())));
        return m.find() ? m.group(1).strip() : null; // a binary plist has no readable version
      }
      if (source.equals("folder")) {
        return newestVersionFolder(c.dir());
      }
      if (source.startsWith("dpkg:")) {
        return dpkg(source.substring("dpkg:".length()));
      }
    } catch (ProfileFileException | IOException e) {
      return null;
    }
    return null;
  }

  /** {@code version: 156.0.8078.108} in a snap's {@code meta/snap.yaml}. */
  private static String snap(List<String> lines) {
    for (String line : lines) {
      if (line.startsWith("version:")) {
        return line.substring("version:".length()).strip().replace("'", "");
      }
    }
    return null;
  }

  /** Chromium-family Windows installers put each version in {@code Application\<a.b.c.d>}. */
  private static String newestVersionFolder(Path application) throws IOException {
    String best = null;
    try (DirectoryStream<Path> children = Files.newDirectoryStream(application, Files::isDirectory)) {
      for (Path child : children) {
        String name = child.getFileName().toString();
        if (DOTTED.matcher(name).matches() && (best == null || compare(name, best) > 0)) {
          best = name;
        }
      }
    }
    return best;
  }

  /**
   * The upstream version of an installed package from {@code /var/lib/dpkg/status} (read as a
   * stream; it is often megabytes): epoch and Debian revision removed, so
   * {@code 156.0.8078.108-1~deb12u1} becomes {@code 156.0.8078.108}.
   */
  private String dpkg(String pkg) throws IOException {
    Path status = at(files.host().root(), "var", "lib", "dpkg", "status");
    if (!Files.isRegularFile(status)) {
      return null;
    }
    try (BufferedReader in = new BufferedReader(new InputStreamReader(Files.newInputStream(status), StandardCharsets.UTF_8))) {
      boolean inPackage = false;
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (line.startsWith("Package: ")) {
          inPackage = line.substring("Package: ".length()).strip().equals(pkg);
        } else if (inPackage && line.startsWith("Version: ")) {
          String v = line.substring("Version: ".length()).strip();
          v = v.contains(":") ? v.substring(v.indexOf(':') + 1) : v;
          return v.contains("-") ? v.substring(0, v.lastIndexOf('-')) : v;
        }
      }
    }
    return null;
  }

  private static int compare(String a, String b) {
    String[] x = a.split("\\.");
    String[] y = b.split("\\.");
    for (int i = 0; i < Math.max(x.length, y.length); i++) {
      long p = i < x.length ? Long.parseLong(x[i]) : 0;
      long q = i < y.length ? Long.parseLong(y[i]) : 0;
      if (p != q) {
        return Long.compare(p, q);
      }
    }
    return 0;
  }
}
