package org.gatewaydoctor.probes.browser;

import org.gatewaydoctor.probes.net.FailureWords;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

/**
 * A profile file that could not be read. Its message is safe to record: it names the file (home
 * as {@code ~}) and the operating system's reason, never any of the file's content.
 */
final class ProfileFileException extends Exception {

  /** Why the file could not be read. */
  enum Kind {
    /** It does not exist. */
    MISSING,
    /** The running browser holds it open without sharing (Windows). */
    LOCKED,
    /** Anything else: permissions, I/O errors, content we cannot parse. */
    UNREADABLE
  }

  private final Kind kind;

  ProfileFileException(Kind kind, String message) {
    super(message);
    this.kind = kind;
  }

  Kind kind() {
    return kind;
  }

  /**
   * Classifies an I/O failure on {@code shownName}. On Windows a running Chromium or Firefox opens
   * its databases without FILE_SHARE_READ, so reading fails with ERROR_SHARING_VIOLATION or
   * ERROR_LOCK_VIOLATION, which Java reports as a plain {@link FileSystemException}.
   */
  static ProfileFileException of(IOException e, String shownName, HostOs os) {
    if (e instanceof NoSuchFileException) {
      return new ProfileFileException(Kind.MISSING, shownName + " is missing");
    }
    if (e instanceof AccessDeniedException) {
      return new ProfileFileException(Kind.UNREADABLE, shownName + " cannot be read (access denied)");
    }
    if (e instanceof FileSystemException fse) {
      String reason = fse.getReason() == null ? FailureWords.kind(e) : fse.getReason();
      Kind kind = os == HostOs.WINDOWS ? Kind.LOCKED : Kind.UNREADABLE;
      return new ProfileFileException(kind, shownName + (kind == Kind.LOCKED ? " is locked by the browser (" : " cannot be read (")
          + reason + ")");
    }
    return new ProfileFileException(Kind.UNREADABLE, shownName + " cannot be read (" + FailureWords.kind(e) + ")");
  }
}
