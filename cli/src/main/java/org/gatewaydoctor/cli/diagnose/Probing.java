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
import org.gatewaydoctor.probes.egress.EgressPolicy;
import org.gatewaydoctor.probes.runner.ProbeListener;
import org.gatewaydoctor.probes.runner.ProbeRunner;

/** Runs the probes once under the settings' deadline: the one place the CLI chooses which probes run. */
final class Probing {

  /**
   * The ids of the probes a live run has besides {@code http}: what a bundle imported from a HAR
   * lists as not run. (Add {@code browser} here when the browser probe is wired in below.)
   */
  static final List<String> PROBES_BESIDES_HTTP = List.of("dns", "status-page", "connectivity", "network");

  private final Clock clock;

  Probing(Clock clock) {
    this.clock = clock;
  }

  /** Observes with every probe and returns the bundle (never throws for what a probe meets). */
  FactBundle run(ProbeSettings settings, EgressPolicy policy, Environment environment, ProbeListener listener) {
    List<Probe> probes = new ArrayList<>(StandardProbes.create(settings, policy, clock));
    // The browser-profile probe (probes.browser) joins the standard ones here once it is wired in,
    // e.g. probes.add(BrowserProbe.create(settings, environment.browser(), clock)); it reads local
    // profiles only, so the egress policy does not concern it.
    ProbeRunner runner = new ProbeRunner(probes, settings.deadline(), clock, listener);
    return runner.run(settings.target(), environment, Version.tool());
  }
}
