package org.gatewaydoctor.cli.diagnose;

import java.io.PrintWriter;
import java.util.function.Supplier;
import org.gatewaydoctor.facts.Environment;
import org.gatewaydoctor.facts.bundle.FactBundle;
import org.gatewaydoctor.probes.ProbeSettings;
import org.gatewaydoctor.probes.egress.EgressPolicy;
import org.gatewaydoctor.probes.runner.ProbeListener;

/** A live check of a URL from this machine, under the egress policy of the environment. */
final class LiveRun implements BundleSource {

  private final ProbeSettings settings;
  private final EgressPolicy policy;
  private final Probing probing;
  private final Environment environment;
  private final PrintWriter err;
  private final Supplier<ProbeListener> progress;

  LiveRun(ProbeSettings settings, EgressPolicy policy, Probing probing, Environment environment, PrintWriter err,
      Supplier<ProbeListener> progress) {
    this.settings = settings;
    this.policy = policy;
    this.probing = probing;
    this.environment = environment;
    this.err = err;
    this.progress = progress;
  }

  @Override
  public FactBundle collect() {
    err.println("Checking " + settings.targetUrl() + " (at most " + settings.deadline().toSeconds() + " s) ...");
    return probing.run(settings, policy, environment, progress.get());
  }

  @Override
  public boolean live() {
    return true;
  }
}
