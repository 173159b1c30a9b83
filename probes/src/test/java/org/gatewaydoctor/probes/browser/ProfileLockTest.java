package org.gatewaydoctor.probes.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gatewaydoctor.probes.browser.Fixtures.profile;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import org.gatewaydoctor.facts.browser.BrowserProfile;
import org.gatewaydoctor.probes.ProbeResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A profile held by a running browser. On Linux and macOS the lock is a symbolic link naming the
 * owner's pid; the fixture points it at this test's own JVM, which is certainly running.
 */
@Timeout(30)
class ProfileLockTest {

  private static final long ALIVE = ProcessHandle.current().pid();
  /** Above Linux's pid_max limit (2^22), so never a running process. */
  private static final long DEAD = 2_147_483_000L;

  @TempDir Path tree;

  private ProbeResult runWithLocks(long pid) throws Exception {
    FixtureTree.copy("linux", tree);
    Path home = tree.resolve("home");
    Files.createSymbolicLink(home.resolve("xdg/config/google-chrome/SingletonLock"), Path.of("fixturehost-" + pid));
    Files.createSymbolicLink(home.resolve(".mozilla/firefox/ab12cd34.default-esr/lock"), Path.of("127.0.0.1:+" + pid));
    BrowserHost host = Fixtures.host(HostOs.LINUX, tree, Map.of(
        "XDG_CONFIG_HOME", home.resolve("xdg/config").toString(), "XDG_CACHE_HOME", home.resolve("xdg/cache").toString()));
    return Fixtures.run(host, Fixtures.DOMAINS);
  }

  @Test
  void aRunningBrowserIsNotedButItsProfileIsStillReadFromCopies() throws Exception {
    ProbeResult result = runWithLocks(ALIVE);
    BrowserProfile chrome = profile(result, "chrome", "Default");
    assertThat(chrome.readState()).isEqualTo("ok");
    assertThat(chrome.detail()).isEqualTo("browser running (SingletonLock held by running process " + ALIVE
        + "); read from copies");
    assertThat(chrome.cookies()).hasSize(1);
    BrowserProfile firefox = profile(result, "firefox", "ab12cd34.default-esr");
    assertThat(firefox.detail()).isEqualTo("browser running (lock held by running process " + ALIVE + "); read from copies");
    assertThat(firefox.cookies()).hasSize(1);
  }

  @Test
  void aLockLeftBehindByABrowserThatExitedIsIgnored() throws Exception {
    // Firefox leaves its "lock" link after a clean exit (TEST-RIG §6).
    ProbeResult result = runWithLocks(DEAD);
    assertThat(profile(result, "chrome", "Default").detail()).isNull();
    assertThat(profile(result, "firefox", "ab12cd34.default-esr").detail()).isNull();
  }

  @Test
  void onWindowsASharingViolationMeansLockedElsewhereUnreadable() {
    // What Java reports for ERROR_SHARING_VIOLATION: a plain FileSystemException with the OS text.
    IOException sharing = new FileSystemException("C:\\x\\Network\\Cookies", null,
        "The process cannot access the file because it is being used by another process");
    ProfileFileException windows = ProfileFileException.of(sharing, "~\\x\\Network\\Cookies", HostOs.WINDOWS);
    assertThat(windows.kind()).isEqualTo(ProfileFileException.Kind.LOCKED);
    assertThat(windows.getMessage()).isEqualTo("~\\x\\Network\\Cookies is locked by the browser "
        + "(The process cannot access the file because it is being used by another process)");
    assertThat(ProfileFileException.of(new FileSystemException("/x", null, "Input/output error"), "~/x", HostOs.LINUX)
        .kind()).isEqualTo(ProfileFileException.Kind.UNREADABLE);
    assertThat(ProfileFileException.of(new NoSuchFileException("/x"), "~/x", HostOs.WINDOWS).kind())
        .isEqualTo(ProfileFileException.Kind.MISSING);
  }

  @Test
  void aLockedFileMakesTheProfileLockedEvenWhenOtherPartsWereRead() {
    ProfileNotes notes = new ProfileNotes();
    notes.read();
    notes.failed(new ProfileFileException(ProfileFileException.Kind.LOCKED, "~\\Cookies is locked by the browser (x)"));
    assertThat(notes.readState()).isEqualTo("locked");
    assertThat(notes.detail()).isEqualTo("~\\Cookies is locked by the browser (x)");
  }
}
