package org.gatewaydoctor.probes.browser;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a running browser holds a profile. On Linux and macOS both browsers leave a symbolic
 * link whose target ends with the owner's process id: Chromium's {@code SingletonLock}
 * ({@code host-pid}) in the user data folder, Firefox's {@code lock} ({@code ip:+pid}) in the
 * profile; Firefox leaves its link behind after a clean exit, so the process must also be alive.
 * On Windows the lock file ({@code lockfile}, {@code parent.lock}) is held open without sharing.
 *
 * <p>The pid is checked on this machine only; a profile on a network home used from another
 * machine with a live process of the same pid here would be reported as locked.
 */
final class ProfileLock {

  private static final Pattern TRAILING_PID = Pattern.compile("[-+](\\d{1,10})$");

  private ProfileLock() {}

  /** A description of the lock holder, or empty when no running browser holds {@code dir}. */
  static Optional<String> holder(Path dir, HostOs os, String unixLink, String windowsFile) {
    return os == HostOs.WINDOWS ? windowsHolder(dir.resolve(windowsFile)) : unixHolder(dir.resolve(unixLink));
  }

  private static Optional<String> unixHolder(Path link) {
    if (!Files.isSymbolicLink(link)) {
      return Optional.empty();
    }
    try {
      Matcher m = TRAILING_PID.matcher(Files.readSymbolicLink(link).toString());
      if (!m.find()) {
        return Optional.empty();
      }
      long pid = Long.parseLong(m.group(1));
      boolean alive = ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
      return alive ? Optional.of(link.getFileName() + " held by running process " + pid) : Optional.empty();
    } catch (IOException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static Optional<String> windowsHolder(Path file) {
    try {
      Files.newInputStream(file).close();
      return Optional.empty();
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (FileSystemException e) {
      return Optional.of(file.getFileName() + " held open by the running browser");
    } catch (IOException e) {
      return Optional.empty();
    }
  }
}
