package org.gatewaydoctor.probes.browser;

import org.gatewaydoctor.probes.net.FailureWords;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.sql.Connection;
import java.sql.SQLException;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * A private copy of a browser's SQLite database, opened for reading, deleted on {@link #close()}.
 * The browser's own files are only ever read: a running browser's locks are never touched and
 * SQLite never writes beside the original.
 *
 * <p>The write-ahead log ({@code -wal}) and rollback journal ({@code -journal}) are copied with
 * the database, because a running browser keeps recent changes there (https://sqlite.org/wal.html).
 */
final class SqliteSnapshot implements AutoCloseable {

  private final Path dir;
  private final Connection connection;

  private SqliteSnapshot(Path dir, Connection connection) {
    this.dir = dir;
    this.connection = connection;
  }

  /**
   * Copies {@code db} and its journal files into a new private directory under {@code tempParent}
   * and opens the copy.
   *
   * @throws ProfileFileException when the database cannot be copied or opened
   */
  static SqliteSnapshot of(Path db, Path tempParent, BrowserHost host) throws ProfileFileException {
    String shown = host.display(db);
    Path dir;
    try {
      dir = Files.createTempDirectory(tempParent, "gd-browser-"); // owner-only permissions on POSIX
    } catch (IOException e) {
      throw new ProfileFileException(ProfileFileException.Kind.UNREADABLE,
          "no temporary directory for a copy of " + shown + " (" + FailureWords.kind(e) + ")");
    }
    try {
      Path copy = dir.resolve("store.sqlite");
      Files.copy(db, copy);
      for (String suffix : new String[] {"-wal", "-journal"}) {
        Path side = db.resolveSibling(db.getFileName() + suffix);
        if (Files.isRegularFile(side)) {
          Files.copy(side, dir.resolve("store.sqlite" + suffix));
        }
      }
      return new SqliteSnapshot(dir, open(copy, shown));
    } catch (IOException e) {
      delete(dir);
      throw ProfileFileException.of(e, shown, host.os());
    } catch (ProfileFileException e) {
      delete(dir);
      throw e;
    }
  }

  Connection connection() {
    return connection;
  }

  @Override
  public void close() {
    try {
      connection.close();
    } catch (SQLException e) {
      // the copy is deleted below either way
    }
    delete(dir);
  }

  private static Connection open(Path copy, String shown) throws ProfileFileException {
    String url = "jdbc:sqlite:" + copy;
    SQLiteConfig readOnly = new SQLiteConfig();
    readOnly.setReadOnly(true);
    try {
      return probe(readOnly.createConnection(url));
    } catch (SQLiteException e) {
      if (e.getResultCode() != SQLiteErrorCode.SQLITE_READONLY_ROLLBACK) {
        throw unreadable(shown, e);
      }
    } catch (SQLException e) {
      throw unreadable(shown, e);
    }
    // A hot journal: the browser was mid-transaction when we copied. SQLite must roll our private
    // copy back before it can be read (https://sqlite.org/lockingv3.html#hot_journals); the
    // browser's original files are untouched.
    try {
      return probe(new SQLiteConfig().createConnection(url));
    } catch (SQLException e) {
      throw unreadable(shown, e);
    }
  }

  /** Reads the schema once, so that a damaged or locked copy fails here rather than mid-query. */
  private static Connection probe(Connection c) throws SQLException {
    try (var s = c.createStatement(); var rs = s.executeQuery("select count(*) from sqlite_master")) {
      rs.next();
      return c;
    } catch (SQLException e) {
      c.close();
      throw e;
    }
  }

  private static ProfileFileException unreadable(String shown, SQLException e) {
    String code = e instanceof SQLiteException se ? se.getResultCode().name() : "SQLException";
    return new ProfileFileException(ProfileFileException.Kind.UNREADABLE, shown + " is not a readable SQLite database (" + code + ")");
  }

  private static void delete(Path dir) {
    try {
      Files.walkFileTree(dir, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
          Files.deleteIfExists(file);
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
          Files.deleteIfExists(d);
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      // best effort: the directory lives in the temp dir with owner-only permissions
    }
  }
}
