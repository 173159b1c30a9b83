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
 * Reads the target's cookies from a Firefox {@code cookies.sqlite}: host, name, the value's size
 * and the expiry. Firefox stores values in clear text, so the {@code value} column is only ever
 * measured ({@code length(...)}), never selected.
 */
final class FirefoxCookies {

  private FirefoxCookies() {}

  /**
   * The cookies of {@code domains} in {@code db}, read from a private copy.
   *
   * @throws ProfileFileException when the database cannot be copied or is not a cookie database
   */
  static List<CookieRow> read(Path db, CookieDomains domains, BrowserHost host) throws ProfileFileException {
    try (SqliteSnapshot snapshot = SqliteSnapshot.of(db, host.tempDir(), host)) {
      Connection c = snapshot.connection();
      Set<String> columns = CookieQueries.columns(c, "moz_cookies");
      if (!columns.contains("host") || !columns.contains("name") || !columns.contains("expiry")) {
        throw new ProfileFileException(ProfileFileException.Kind.UNREADABLE,
            host.display(db) + " has no Firefox cookies table");
      }
      // Firefox Multi-Account Containers keep each container's cookies apart (originAttributes
      // "^userContextId=N"): the site in the default container never sends them, so they are not its.
      String sql = "select host, name, length(cast(value as blob)), expiry from moz_cookies where "
          + domains.sqlCondition("host")
          + (columns.contains("originattributes") ? " and originAttributes not like '%userContextId=%'" : "");
      List<CookieRow> out = new ArrayList<>();
      try (PreparedStatement s = c.prepareStatement(sql)) {
        CookieQueries.bind(s, domains.sqlParameters());
        try (ResultSet rs = s.executeQuery()) {
          while (rs.next()) {
            out.add(new CookieRow(rs.getString(1), CookieQueries.text(rs.getString(2)), rs.getLong(3), CookieTimes.firefox(rs.getLong(4))));
          }
        }
      }
      return out;
    } catch (SQLException e) {
      throw new ProfileFileException(ProfileFileException.Kind.UNREADABLE,
          host.display(db) + " could not be queried (" + FailureWords.kind(e) + ")");
    }
  }
}
