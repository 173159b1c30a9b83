package org.gatewaydoctor.cli.diagnose;

import java.io.PrintWriter;
import org.gatewaydoctor.facts.Echo;
import java.util.function.Supplier;
import org.gatewaydoctor.facts.bundle.FactBundle;
import org.gatewaydoctor.facts.service.ServiceProfile;
import org.gatewaydoctor.probes.TargetUrl;
import org.gatewaydoctor.probes.check.CheckHost;
import org.gatewaydoctor.probes.check.TargetCheck;
import org.gatewaydoctor.probes.runner.ProbeListener;

/** A live check of a URL from this machine: a call to the probes' entry point, with progress. */
final class LiveRun implements BundleSource {

  private final TargetCheck check;
  private final TargetUrl url;
  private final ServiceProfile profile;
  private final CheckHost host;
  private final PrintWriter err;
  private final Supplier<ProbeListener> progress;

  LiveRun(TargetCheck check, TargetUrl url, ServiceProfile profile, CheckHost host, PrintWriter err,
      Supplier<ProbeListener> progress) {
    this.check = check;
    this.url = url;
    this.profile = profile;
    this.host = host;
    this.err = err;
    this.progress = progress;
  }

  @Override
  public FactBundle collect() {
    err.println("Checking " + Echo.url(url.text()) + " (at most " + check.configuration().deadline().toSeconds() + " s) ...");
    return check.check(url, profile, host, progress.get());
  }

  @Override
  public boolean live() {
    return true;
  }
}
