package org.gatewaydoctor.cli.lab;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A Chrome profile staged on disk for {@link LabScenario#OLD_BROWSER}: Chrome 119 (stable on
 * 2023-10-31, three years before the lab runs) whose cookie jar for the lab's host has grown past
 * what servers accept. The browser probe reads it as it reads any profile (a home directory with
 * {@code .config/google-chrome}), so the diagnosis sees a real profile, not a made-up fact.
 */
final class LabBrowserProfile implements AutoCloseable {

  /** The version the profile's {@code Last Version} file names. */
  static final String VERSION = "119.0.6045.199";
  /** Cookies for the lab's host, each of this many bytes encrypted, as Chromium stores them. */
  private static final int COOKIE_BYTES = 4051;
  /** Five such cookies: about 20 KiB of Cookie header, past nginx's and Apache's 8 KiB (thresholds.yaml). */
  private static final int COOKIES = 5;

  private final Path home;

  private LabBrowserProfile(Path home) {
    this.home = home;
  }

  /** Stages the profile in a new temporary home directory. */
  static LabBrowserProfile stage(String host) throws IOException {
    Path home = Files.createTempDirectory("gateway-doctor-lab-home");
    Path chrome = home.resolve(".config/google-chrome");
    Files.createDirectories(chrome.resolve("Default"));
    Files.writeString(chrome.resolve("Last Version"), VERSION, StandardCharsets.UTF_8);
    Files.writeString(chrome.resolve("Local State"), "{\"profile\": {\"info_cache\": {\"Default\": {\"name\": \"Person 1\"}}}}");
    Files.writeString(chrome.resolve("Default/Preferences"), "{\"extensions\": {\"settings\": {}}}");
    try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + chrome.resolve("Default/Cookies"));
        Statement s = db.createStatement()) {
      // Chromium's cookie table as version 24 of its database has it (TEST-RIG §6); expires_utc is in
      // microseconds since 1601: 13600000000000000 is in 2031, so the cookies are alive whenever the lab runs.
      s.execute("CREATE TABLE meta(key LONGVARCHAR NOT NULL UNIQUE PRIMARY KEY, value LONGVARCHAR)");
      s.execute("INSERT INTO meta VALUES ('version', '24')");
      s.execute("CREATE TABLE cookies(creation_utc INTEGER NOT NULL,host_key TEXT NOT NULL,top_frame_site_key TEXT NOT NULL,"
          + "name TEXT NOT NULL,value TEXT NOT NULL,encrypted_value BLOB NOT NULL,path TEXT NOT NULL,expires_utc INTEGER NOT NULL,"
          + "is_secure INTEGER NOT NULL,is_httponly INTEGER NOT NULL,last_access_utc INTEGER NOT NULL,has_expires INTEGER NOT NULL,"
          + "is_persistent INTEGER NOT NULL,priority INTEGER NOT NULL,samesite INTEGER NOT NULL,source_scheme INTEGER NOT NULL,"
          + "source_port INTEGER NOT NULL,last_update_utc INTEGER NOT NULL,source_type INTEGER NOT NULL,"
          + "has_cross_site_ancestor INTEGER NOT NULL)");
      try (PreparedStatement insert = db.prepareStatement("INSERT INTO cookies VALUES (0,?,'',?,'',zeroblob(?),'/',"
          + "13600000000000000,0,1,0,1,1,1,0,1,80,0,0,0)")) {
        for (int i = 1; i <= COOKIES; i++) {
          insert.setString(1, host);
          insert.setString(2, "prefs_" + i);
          insert.setInt(3, COOKIE_BYTES);
          insert.executeUpdate();
        }
      }
    } catch (SQLException e) {
      throw new IOException("cannot stage the lab's browser profile: " + e.getMessage(), e);
    }
    return new LabBrowserProfile(home);
  }

  /** The home directory that holds the profile (what {@code HOME} points at for the check). */
  Path home() {
    return home;
  }

  @Override
  public void close() {
    try (Stream<Path> files = Files.walk(home)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> {
        try {
          Files.deleteIfExists(p);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    } catch (IOException | UncheckedIOException e) {
      // A temporary directory left behind is removed by the OS's own cleaning.
    }
  }
}
