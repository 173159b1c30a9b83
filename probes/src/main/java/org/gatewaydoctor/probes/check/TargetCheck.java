package org.gatewaydoctor.probes.check;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.gatewaydoctor.facts.Version;
import org.gatewaydoctor.facts.bundle.FactBundle;
import org.gatewaydoctor.facts.service.ServiceProfile;
import org.gatewaydoctor.probes.Probe;
import org.gatewaydoctor.probes.ProbeSettings;
import org.gatewaydoctor.probes.StandardProbes;
import org.gatewaydoctor.probes.TargetUrl;
import org.gatewaydoctor.probes.browser.BrowserHost;
import org.gatewaydoctor.probes.browser.BrowserProbe;
import org.gatewaydoctor.probes.config.Configuration;
import org.gatewaydoctor.probes.egress.EgressPolicy;
import org.gatewaydoctor.probes.runner.ProbeListener;
import org.gatewaydoctor.probes.runner.ProbeRunner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks a target from this machine and returns what every probe saw: the one entry point that
 * turns a URL or a service profile into a {@link FactBundle}. DNS (the system's and independent
 * resolvers), spaced HTTP samples, the service's status page, reference sites and a throughput
 * sample, proxies, ports and TLS, and (when allowed) browser profiles, all at once under the
 * configuration's deadline; everything contacted comes from the {@link Configuration} and the
 * profile, and is checked by the egress policy (refusals are recorded in the bundle, never sent).
 *
 * <p>Immutable and thread-safe: share one and run checks from several threads at once. A check
 * costs about its deadline in wall time at most (8 s by default, plus 150 ms of grace), a dozen
 * short-lived daemon threads, and a few hundred kilobytes; nothing is cached between checks.
 *
 * <pre>{@code
 * TargetCheck check = new TargetCheck(Configuration.defaults(), EgressPolicy.fromEnvironment(System.getenv()),
 *     Clock.systemUTC());
 * FactBundle bundle = check.check(TargetUrl.parse("https://chatgpt.com/"), CheckHost.of(System.getenv(), null, false),
 *     ProbeListener.NONE);
 * }</pre>
 *
 * @since 0.1.0
 */
public final class TargetCheck {

  /** The ids of the probes a check runs, in the order their outcomes are recorded. */
  public static final List<String> PROBE_IDS = List.of("dns", "http", "status-page", "connectivity", "network",
      BrowserProbe.ID);

  private static final Logger LOG = LoggerFactory.getLogger(TargetCheck.class);

  private final Configuration configuration;
  private final EgressPolicy egress;
  private final Clock clock;

  /**
   * @param configuration the endpoints, deadline and service profiles to use
   * @param egress which addresses may be contacted; the configuration's {@code egress.allow} blocks
   *     are added to it
   * @param clock the clock deadlines and timings are measured by
   */
  public TargetCheck(Configuration configuration, EgressPolicy egress, Clock clock) {
    this.configuration = Objects.requireNonNull(configuration, "configuration");
    EgressPolicy policy = Objects.requireNonNull(egress, "egress");
    for (String block : configuration.egressAllow()) {
      policy = policy.allowing(block);
    }
    this.egress = policy;
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Starts loading, on a daemon thread, what the first moments of any check need: the JDK's trust
   * store (a few hundred certificates parsed once per process) and the HTTP client's platform
   * classes. A caller that will check a target soon (the CLI, before it parses its arguments) calls
   * it so that this overlaps its own start instead of delaying the probes; calling it is optional
   * and harmless when no check follows.
   *
   * @since 0.1.0
   */
  public static void warmUp() {
    Thread t = new Thread(() -> {
      try {
        // Building a client loads OkHttp's platform and the JDK's trusted certificates, which the
        // JDK keeps for the process: the probes' own clients then find them ready.
        new okhttp3.OkHttpClient.Builder().build();
      } catch (RuntimeException e) {
        LOG.debug("warming up the probes failed; the check will do it itself", e);
      }
    }, "probes-warm-up");
    t.setDaemon(true);
    t.start();
  }

  /** Checks {@code url} with the profile that owns its host (else the generic one). */
  public FactBundle check(TargetUrl url, CheckHost host, ProbeListener listener) {
    return check(url, profileFor(url), host, listener);
  }

  /**
   * Checks the service {@code profile} at its own URL.
   *
   * @throws IllegalArgumentException when the profile has no URL (the generic one)
   */
  public FactBundle check(ServiceProfile profile, CheckHost host, ProbeListener listener) {
    return check(urlOf(profile), profile, host, listener);
  }

  /** Checks {@code url} as service {@code profile} (its status page, cookie domains). */
  public FactBundle check(TargetUrl url, ServiceProfile profile, CheckHost host, ProbeListener listener) {
    return run(settings(url, profile, host), host, listener);
  }

  /**
   * Runs the standard probes (and the browser probe when {@code host} allows it) with
   * {@code settings} as they are: for callers that point probes beyond what a configuration says
   * (the CLI's loopback lab sets ports and sample spacing too).
   */
  public FactBundle run(ProbeSettings settings, CheckHost host, ProbeListener listener) {
    List<Probe> probes = new ArrayList<>(StandardProbes.create(settings, egress, clock));
    if (host.browserProfiles()) {
      // It reads local files only (never a cookie value), so the egress policy does not concern it.
      probes.add(new BrowserProbe(BrowserHost.of(host.env(), System.getProperties(), clock), settings.cookieDomains(),
          settings.timeout(BrowserProbe.ID)));
    }
    LOG.debug("checking {} as {} under {} (deadline {})", settings.targetUrl(), settings.service(),
        egress.describe(), settings.deadline());
    return new ProbeRunner(probes, settings.deadline(), clock, listener)
        .run(settings.targetUrl(), settings.target(), host.platform(), Version.tool());
  }

  /**
   * The probe settings a check of {@code url} as {@code profile} uses: the configuration's
   * endpoints and deadline, the profile's status page and cookie domains, {@code host}'s proxy
   * variables.
   */
  public ProbeSettings settings(TargetUrl url, ServiceProfile profile, CheckHost host) {
    Configuration c = configuration;
    return ProbeSettings.defaults(url, profile.id()).toBuilder()
        .statusPage(profile.statusPage(), profile.statusPageFormat())
        .cookieDomains(profile.cookieDomains())
        .systemResolvers(c.systemResolvers())
        .independentResolvers(c.independentResolvers())
        .references(c.references())
        .throughputUrl(c.throughputUrl())
        .deadline(c.deadline())
        .proxyEnv(host.env())
        .build();
  }

  /** The profile that owns {@code url}'s host, else the generic one. */
  public ServiceProfile profileFor(TargetUrl url) {
    return configuration.services().forHost(url.host());
  }

  /**
   * The URL to check for {@code profile}: its own.
   *
   * @throws IllegalArgumentException when it has none, saying to give one
   */
  public static TargetUrl urlOf(ServiceProfile profile) {
    if (profile.url() == null) {
      throw new IllegalArgumentException("the " + profile.id() + " profile has no URL of its own; give the URL that "
          + "fails");
    }
    return TargetUrl.parse(profile.url());
  }

  /** The configuration in use. */
  public Configuration configuration() {
    return configuration;
  }

  /** The egress policy in use: the one given, with the configuration's {@code egress.allow} blocks. */
  public EgressPolicy egress() {
    return egress;
  }
}
