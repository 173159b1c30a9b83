package org.gatewaydoctor.probes.browser;

import org.gatewaydoctor.probes.net.FailureWords;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import org.gatewaydoctor.facts.ProbeStatus;
import org.gatewaydoctor.facts.browser.BrowserProfile;
import org.gatewaydoctor.facts.browser.InstalledBrowser;
import org.gatewaydoctor.facts.bundle.Observations;
import org.gatewaydoctor.probes.Probe;
import org.gatewaydoctor.probes.ProbeContext;
import org.gatewaydoctor.probes.ProbeResult;

/**
 * Observes the user's browsers without reading a secret: for every Chrome, Chromium, Edge, Brave
 * and Firefox profile found, the version, disk cache size and damage signs, the target's cookies
 * (counts, sizes, expiry; never a value), extensions, and forced proxy/DoH modes; and which
 * browsers are installed. See {@code docs/browser-facts.md} for every field and its source.
 *
 * <p>Cookie stores are read from private copies, so a running browser is never disturbed. The
 * probe stops at the context's deadline and reports what it read by then.
 */
public final class BrowserProbe implements Probe {

  /** The probe id: {@value}. */
  public static final String ID = "browser";

  /** The default time budget: 10 s, enough for a few profiles with caches of 100 000 entries. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

  private final BrowserHost host;
  private final List<String> cookieDomains;
  private final Duration timeout;

  /**
   * A probe of {@code host}'s browsers that summarises the cookies of {@code cookieDomains}.
   *
   * @param host the machine (use {@link BrowserHost#current(java.time.Clock)} for this one)
   * @param cookieDomains the service's cookie domains, such as {@code chatgpt.com} and
   *     {@code openai.com}: each matches itself, its leading-dot form and its subdomains; when
   *     empty, the target's host is used
   * @param timeout this probe's own time limit, positive
   * @throws IllegalArgumentException when a domain is not a host name or the timeout is not positive
   */
  public BrowserProbe(BrowserHost host, List<String> cookieDomains, Duration timeout) {
    this.host = Objects.requireNonNull(host, "host");
    this.cookieDomains = CookieDomains.of(cookieDomains).domains();
    this.timeout = Objects.requireNonNull(timeout, "timeout");
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("browser probe timeout must be positive, got " + timeout);
    }
  }

  /** A probe with the {@linkplain #DEFAULT_TIMEOUT default timeout}. */
  public BrowserProbe(BrowserHost host, List<String> cookieDomains) {
    this(host, cookieDomains, DEFAULT_TIMEOUT);
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Duration timeout() {
    return timeout;
  }

  @Override
  public ProbeResult run(ProbeContext context) throws InterruptedException {
    Deadline deadline = new Deadline(context.deadline(), context.clock());
    ProfileFiles files = new ProfileFiles(host);
    CookieDomains domains = domainsFor(context);
    List<InstalledBrowser> installed = new InstalledBrowsers(files).find(deadline);
    ProfileRoots roots = new ProfileRoots(host);
    List<BrowserProfile> profiles = new ArrayList<>();
    int skipped = 0;
    ChromiumProfileReader chromium = new ChromiumProfileReader(files, domains);
    for (ProfileRoots.ChromiumRoot root : roots.chromium()) {
      ChromiumUserData data = new ChromiumProfiles(files).load(root);
      for (String folder : data.profiles()) {
        skipped += readOrSkip(deadline, profiles, () -> chromium.read(data, folder, deadline), data.browser(), folder);
      }
    }
    FirefoxProfileReader firefox = new FirefoxProfileReader(files, domains);
    // ~/.mozilla/firefox and ~/.config/mozilla/firefox may both list one profile (a profiles.ini with
    // absolute paths, a symbolic link): it is one profile, read once, from the first root naming it.
    Set<Path> read = new HashSet<>();
    for (ProfileRoots.FirefoxRoot root : roots.firefox()) {
      FirefoxProfiles.Found found = new FirefoxProfiles(files).find(root.dir());
      for (Path dir : found.folders()) {
        if (!read.add(sameFile(dir))) {
          continue;
        }
        skipped += readOrSkip(deadline, profiles, () -> firefox.read(root, dir, found.note(), deadline), root.browser(),
            String.valueOf(dir.getFileName()));
      }
    }
    Observations seen = Observations.builder().browsers(profiles).installedBrowsers(installed).build();
    return outcome(seen, profiles, skipped, deadline);
  }

  /** {@code dir} with links resolved when it exists, so that two names of one folder compare equal. */
  private static Path sameFile(Path dir) {
    try {
      return dir.toRealPath();
    } catch (java.io.IOException e) {
      return dir.toAbsolutePath().normalize();
    }
  }

  /**
   * Reads one profile into {@code into} unless the deadline has passed (then returns 1, a profile
   * not read). A bug while reading one profile costs that profile, not the others' observations.
   */
  private static int readOrSkip(Deadline deadline, List<BrowserProfile> into, Supplier<BrowserProfile> read,
      String browser, String name) throws InterruptedException {
    if (Thread.interrupted()) {
      throw new InterruptedException("browser probe cancelled");
    }
    if (deadline.passed()) {
      return 1;
    }
    try {
      into.add(read.get());
    } catch (RuntimeException e) {
      // The class only: a message might quote what was being parsed.
      into.add(new BrowserProfile(browser, null, name, null, "unreadable", null, null, null, List.of(), List.of(), null,
          null, "could not be read (" + FailureWords.kind(e) + ")"));
    }
    return 0;
  }

  private static ProbeResult outcome(Observations seen, List<BrowserProfile> profiles, int skipped, Deadline deadline) {
    if (deadline.stoppedWork()) {
      return ProbeResult.timedOut(seen, "deadline reached: " + profiles.size() + " profile(s) read"
          + (skipped > 0 ? ", " + skipped + " not read" : ", some in part"));
    }
    if (profiles.isEmpty()) {
      return new ProbeResult(seen, ProbeStatus.OK, "no browser profile found");
    }
    List<BrowserProfile> unreadable = profiles.stream()
        .filter(p -> p.readState().equals("unreadable") || p.readState().equals("locked")).toList();
    if (unreadable.size() == profiles.size()) {
      BrowserProfile first = unreadable.get(0);
      return ProbeResult.failed(seen, "none of the " + profiles.size() + " browser profile(s) could be read; "
          + first.browser() + " " + first.profile() + ": " + first.detail());
    }
    return ProbeResult.ok(seen);
  }

  private CookieDomains domainsFor(ProbeContext context) {
    if (!cookieDomains.isEmpty()) {
      return CookieDomains.of(cookieDomains);
    }
    try {
      return CookieDomains.of(List.of(context.url().host()));
    } catch (IllegalArgumentException e) {
      return CookieDomains.of(List.of()); // a target without a usable host: no cookies to look for
    }
  }
}
