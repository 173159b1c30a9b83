package org.gatewaydoctor.probes.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Cookie stores as a running browser leaves them: recent rows only in the write-ahead log, or a
 * transaction half-written with its rollback journal. Read from a private copy, the original
 * files stay byte for byte the same.
 */
@Timeout(30)
class SqliteSnapshotTest {

  private static final CookieDomains CHATGPT = CookieDomains.of(List.of("chatgpt.com"));
  private static final String FIREFOX_TABLE =
      "create table moz_cookies (id integer primary key, name text, value text, host text, expiry integer)";

  @TempDir Path dir;

  private BrowserHost host() throws IOException {
    return new BrowserHost(HostOs.LINUX, dir, Map.of(), dir, Files.createDirectories(dir.resolve("tmp")), Fixtures.CLOCK);
  }

  @Test
  void readsRowsThatAreStillOnlyInTheWriteAheadLog() throws Exception {
    Path db = Files.createDirectories(dir.resolve("profile")).resolve("cookies.sqlite");
    try (Connection browser = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = browser.createStatement()) {
      s.execute("pragma journal_mode=wal");
      s.execute("pragma wal_autocheckpoint=0"); // as a running Firefox: changes stay in -wal
      s.execute(FIREFOX_TABLE);
      s.execute("insert into moz_cookies (name, value, host, expiry) values ('sid', 'wal-only-value', 'chatgpt.com', 1795780800000)");
      assertThat(Files.size(db.resolveSibling("cookies.sqlite-wal"))).isPositive();
      Map<String, String> before = fingerprint(db.getParent());

      List<CookieRow> rows = FirefoxCookies.read(db, CHATGPT, host());

      assertThat(rows).extracting(CookieRow::name).containsExactly("sid");
      assertThat(rows.get(0).valueBytes()).isEqualTo("wal-only-value".length());
      assertThat(fingerprint(db.getParent())).isEqualTo(before);
    }
    assertThat(Fixtures.leftIn(dir.resolve("tmp"))).isEmpty();
  }

  @Test
  void rollsBackAHalfWrittenTransactionInThePrivateCopyOnly() throws Exception {
    Path db = Files.createDirectories(dir.resolve("profile")).resolve("cookies.sqlite");
    try (Connection browser = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = browser.createStatement()) {
      s.execute(FIREFOX_TABLE);
      s.execute("insert into moz_cookies (name, value, host, expiry) values ('sid', 'committed', 'chatgpt.com', 1795780800000)");
      s.execute("pragma cache_size=1"); // force the open transaction's pages into the database file
      s.execute("begin");
      for (int i = 0; i < 500; i++) {
        s.execute("insert into moz_cookies (name, value, host, expiry) values ('t" + i + "', randomblob(400), 'chatgpt.com', 0)");
      }
      assertThat(db.resolveSibling("cookies.sqlite-journal")).isNotEmptyFile();
      Map<String, String> before = fingerprint(db.getParent());

      List<CookieRow> rows = FirefoxCookies.read(db, CHATGPT, host());

      assertThat(rows).extracting(CookieRow::name).containsExactly("sid");
      assertThat(fingerprint(db.getParent())).isEqualTo(before);
      s.execute("rollback");
    }
    assertThat(Fixtures.leftIn(dir.resolve("tmp"))).isEmpty();
  }

  @Test
  void aFileThatIsNotADatabaseIsNamedAndItsCopyDeleted() throws Exception {
    Path db = Files.writeString(dir.resolve("Cookies"), "not sqlite at all, just text");
    assertThatThrownBy(() -> ChromiumCookies.read(db, CHATGPT, host()))
        .isInstanceOf(ProfileFileException.class)
        .hasMessage("~/Cookies is not a readable SQLite database (SQLITE_NOTADB)");
    assertThat(Fixtures.leftIn(dir.resolve("tmp"))).isEmpty();
  }

  @Test
  void aDatabaseWithoutACookieTableIsNamed() throws Exception {
    Path db = dir.resolve("Cookies");
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
      s.execute("create table other(x)");
    }
    assertThatThrownBy(() -> ChromiumCookies.read(db, CHATGPT, host()))
        .hasMessage("~/Cookies has no Chromium cookies table");
  }

  /** Name → SHA-256 of every file in {@code folder}. */
  private static Map<String, String> fingerprint(Path folder) throws Exception {
    Map<String, String> out = new TreeMap<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path f : files.toList()) {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f));
        out.put(f.getFileName().toString(), HexFormat.of().formatHex(digest));
      }
    }
    return out;
  }
}
