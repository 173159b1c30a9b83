package org.gatewaydoctor.probes.browser;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Small helpers shared by the Chromium and Firefox cookie readers; SQL only, no values. */
final class CookieQueries {

  private CookieQueries() {}

  /** The column names of {@code table} in lower case; empty when the table does not exist. */
  static Set<String> columns(Connection c, String table) throws SQLException {
    Set<String> out = new HashSet<>();
    try (PreparedStatement s = c.prepareStatement("select name from pragma_table_info(?)")) {
      s.setString(1, table);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          out.add(rs.getString(1).toLowerCase(Locale.ROOT));
        }
      }
    }
    return out;
  }

  /** Binds {@code params} to {@code s} from index 1. */
  static void bind(PreparedStatement s, List<String> params) throws SQLException {
    for (int i = 0; i < params.size(); i++) {
      s.setString(i + 1, params.get(i));
    }
  }

  /** {@code value}, or the empty string for SQL NULL. */
  static String text(String value) {
    return value == null ? "" : value;
  }
}
