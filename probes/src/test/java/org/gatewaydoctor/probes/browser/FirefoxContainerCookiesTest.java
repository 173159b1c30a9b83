package org.gatewaydoctor.probes.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Cookies a Firefox container holds (Multi-Account Containers) are not counted into the site's totals. */
class FirefoxContainerCookiesTest {

  @Test
  void containerCookiesAreLeftOutOfTheSitesCookies(@TempDir Path tree) throws Exception {
    Path db = tree.resolve("cookies.sqlite");
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
      // The columns Firefox 153 has that matter here (TEST-RIG section 6), values in clear text.
      s.execute("create table moz_cookies (id integer primary key, originAttributes text not null default '',"
          + " name text, value text, host text, path text, expiry integer)");
      s.execute("insert into moz_cookies (originAttributes, name, value, host, path, expiry) values"
          + " ('', 'sid', 'abc123', 'chatgpt.com', '/', 1830225290619),"
          + " ('^userContextId=2', 'sid', 'work-account-token', 'chatgpt.com', '/', 1830225290619),"
          + " ('^userContextId=3', 'pref', 'dark', '.chatgpt.com', '/', 1830225290619)");
    }

    List<CookieRow> rows = FirefoxCookies.read(db, CookieDomains.of(List.of("chatgpt.com")),
        Fixtures.host(HostOs.LINUX, tree, Map.of()));

    assertThat(rows).extracting(r -> r.domain() + " " + r.name() + " " + r.valueBytes())
        .containsExactly("chatgpt.com sid 6");
  }
}
