package org.gatewaydoctor.probes.browser;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The cookies of {@link CookieSiteServer} that a browser actually stored, with their true sizes:
 * the reference the probe's (possibly estimated) numbers are checked against.
 *
 * @param name the cookie name
 * @param bytes name plus value, in bytes
 */
record CookieServerView(String name, long bytes) {

  /**
   * The site's cookies whose names the browser's store holds. The test reads names only, like the
   * probe; which cookies a browser keeps is the browser's business (both drop "huge", above 4096
   * bytes; Firefox never writes browser-session cookies; Chromium usually does).
   */
  static List<CookieServerView> storedBy(String canary, Path db, String table) throws SQLException {
    Set<String> names = new HashSet<>();
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:file:" + db + "?mode=ro");
        ResultSet rs = c.createStatement().executeQuery("select name from " + table)) {
      while (rs.next()) {
        names.add(rs.getString(1));
      }
    }
    return CookieSiteServer.cookies(canary).stream()
        .filter(c -> names.contains(c.name()))
        .map(c -> new CookieServerView(c.name(), (c.name() + c.value()).getBytes(StandardCharsets.UTF_8).length))
        .toList();
  }

  /** The site's cookies that persist (have a Max-Age) and fit a browser's 4096-byte limit. */
  static Set<String> persistentNames(String canary) {
    Set<String> out = new HashSet<>();
    for (CookieSiteServer.SiteCookie c : CookieSiteServer.cookies(canary)) {
      if (c.maxAge() != null && (c.name() + c.value()).getBytes(StandardCharsets.UTF_8).length <= 4096) {
        out.add(c.name());
      }
    }
    return out;
  }

  static long total(List<CookieServerView> cookies) {
    return cookies.stream().mapToLong(CookieServerView::bytes).sum();
  }

  /** The true {@code Cookie: a=b; c=d} line. */
  static long header(List<CookieServerView> cookies) {
    return "Cookie: ".length() + total(cookies) + cookies.size() + 2L * (cookies.size() - 1);
  }
}
