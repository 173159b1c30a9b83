package org.gatewaydoctor.probes.browser;

import org.gatewaydoctor.probes.net.FailureWords;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads the target's cookies from a Chromium {@code Cookies} database: domain, name, the value's
 * size and the expiry. The {@code value} and {@code encrypted_value} columns are only ever
 * measured ({@code length(...)}), never selected.
 */
final class ChromiumCookies {

  private ChromiumCookies() {}

  /**
   * The cookies of {@code domains} in the database {@code db}, read from a private copy.
   *
   * @throws ProfileFileException when the database cannot be copied or is not a cookie database
   */
  static List<CookieRow> read(Path db, CookieDomains domains, BrowserHost host) throws ProfileFileException {
    try (SqliteSnapshot snapshot = SqliteSnapshot.of(db, host.tempDir(), host)) {
      Connection c = snapshot.connection();
      Set<String> columns = CookieQueries.columns(c, "cookies");
      if (!columns.contains("host_key") || !columns.contains("name") || !columns.contains("expires_utc")) {
        throw new ProfileFileException(ProfileFileException.Kind.UNREADABLE,
            host.display(db) + " has no Chromium cookies table");
      }
      return rows(c, columns, domains, dbVersion(c), host.os());
    } catch (SQLException e) {
      throw new ProfileFileException(ProfileFileException.Kind.UNREADABLE,
          host.display(db) + " could not be queried (" + FailureWords.kind(e) + ")");
    }
  }

  private static List<CookieRow> rows(Connection c, Set<String> columns, CookieDomains domains, int version, HostOs os)
      throws SQLException {
    String encrypted = columns.contains("encrypted_value") ? "length(encrypted_value)" : "0";
    // Chromium renamed "persistent" to "is_persistent" (cookie DB version 12); 0 = session cookie.
    String persistent = columns.contains("is_persistent") ? "is_persistent"
        : columns.contains("persistent") ? "persistent" : "1";
    String sql = "select host_key, name, length(cast(value as blob)), " + encrypted + ", expires_utc, " + persistent
        + " from cookies where " + domains.sqlCondition("host_key");
    List<CookieRow> out = new ArrayList<>();
    try (PreparedStatement s = c.prepareStatement(sql)) {
      CookieQueries.bind(s, domains.sqlParameters());
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          long size = EncryptedCookieSize.estimate(rs.getLong(3), rs.getLong(4), version, os);
          boolean isPersistent = rs.getLong(6) != 0;
          boolean fromCiphertext = rs.getLong(4) > 0; // EncryptedCookieSize measures clear values exactly
          out.add(new CookieRow(rs.getString(1), CookieQueries.text(rs.getString(2)), size,
              isPersistent ? CookieTimes.chromium(rs.getLong(5)) : null, fromCiphertext));
        }
      }
    }
    return out;
  }

  /** The cookie database version in {@code meta}, or 0 when it has none. */
  private static int dbVersion(Connection c) throws SQLException {
    if (CookieQueries.columns(c, "meta").isEmpty()) {
      return 0;
    }
    try (PreparedStatement s = c.prepareStatement("select value from meta where key = 'version'");
        ResultSet rs = s.executeQuery()) {
      if (!rs.next()) {
        return 0;
      }
      try {
        return Integer.parseInt(rs.getString(1).trim());
      } catch (NumberFormatException e) {
        return 0;
      }
    }
  }
}
