package org.gatewaydoctor.cli.diagnose;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.gatewaydoctor.facts.Environment;
import org.gatewaydoctor.facts.Version;
import org.gatewaydoctor.facts.bundle.FactBundle;
import org.gatewaydoctor.probes.Probe;
import org.gatewaydoctor.probes.ProbeSettings;
import org.gatewaydoctor.probes.StandardProbes;
import org.gatewaydoctor.probes.browser.BrowserHost;
import org.gatewaydoctor.probes.browser.BrowserProbe;
import org.gatewaydoctor.probes.egress.EgressPolicy;
import org.gatewaydoctor.probes.runner.ProbeListener;
import org.gatewaydoctor.probes.runner.ProbeRunner;

/** Runs the probes once under the settings' deadline: the one place the CLI chooses which probes run. */
final class Probing {

  /**
   * The ids of the probes a live run has besides {@code http}: what a bundle imported from a HAR
   * lists as not run.
   */
  static final List<String> PROBES_BESIDES_HTTP =
      List.of("dns", "status-page", "connectivity", "network", BrowserProbe.ID);

  private final Clock clock;
  private final boolean browserProfiles;

  /**
   * @param browserProfiles whether to read this machine's browser profiles (live runs do unless the
   *     user says not to; the lab never does, so that its verdicts do not depend on the machine)
   */
  Probing(Clock clock, boolean browserProfiles) {
    this.clock = clock;
    this.browserProfiles = browserProfiles;
  }

  /** Observes with every probe and returns the bundle (never throws for what a probe meets). */
  FactBundle run(ProbeSettings settings, EgressPolicy policy, Environment environment, ProbeListener listener) {
    List<Probe> probes = new ArrayList<>(StandardProbes.create(settings, policy, clock));
    if (browserProfiles) {
      // It reads local files only (never a cookie value), so the egress policy does not concern it.
      probes.add(new BrowserProbe(BrowserHost.current(clock), settings.cookieDomains(),
          settings.timeout(BrowserProbe.ID)));
    }
    ProbeRunner runner = new ProbeRunner(probes, settings.deadline(), clock, listener);
    return runner.run(settings.target(), environment, Version.tool());
  }
}
