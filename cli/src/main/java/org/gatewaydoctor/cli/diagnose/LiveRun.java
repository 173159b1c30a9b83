package org.gatewaydoctor.cli.diagnose;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;
import org.gatewaydoctor.facts.Echo;
import org.gatewaydoctor.facts.bundle.FactBundle;
import org.gatewaydoctor.facts.service.ServiceProfile;
import org.gatewaydoctor.probes.ProbeSettings;
import org.gatewaydoctor.probes.TargetUrl;
import org.gatewaydoctor.probes.check.CheckHost;
import org.gatewaydoctor.probes.check.TargetCheck;
import org.gatewaydoctor.probes.runner.ProbeListener;

/**
 * A live check of a URL from this machine: a call to the probes' entry point, with progress. The
 * first check's deadline counts from {@code started} (the process's start), later ones (a watch)
 * from their own start; see {@link CheckBudget}.
 */
final class LiveRun implements BundleSource {

  private final TargetCheck check;
  private final TargetUrl url;
  private final ServiceProfile profile;
  private final CheckHost host;
  private final PrintWriter err;
  private final Supplier<ProbeListener> progress;
  private final Clock clock;
  private Instant started;

  LiveRun(TargetCheck check, TargetUrl url, ServiceProfile profile, CheckHost host, PrintWriter err,
      Supplier<ProbeListener> progress, Clock clock, Instant started) {
    this.check = check;
    this.url = url;
    this.profile = profile;
    this.host = host;
    this.err = err;
    this.progress = progress;
    this.clock = clock;
    this.started = started;
  }

  @Override
  public FactBundle collect() {
    Duration deadline = check.configuration().deadline();
    err.println("Checking " + Echo.url(url.text()) + " (at most " + seconds(deadline) + ") ...");
    Instant now = clock.instant();
    Duration spent = started == null ? Duration.ZERO : Duration.between(started, now);
    started = null;
    ProbeSettings settings = check.settings(url, profile, host).toBuilder()
        .deadline(CheckBudget.forProbes(deadline, spent)).build();
    return check.run(settings, host, progress.get());
  }

  private static String seconds(Duration d) {
    return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : String.format(java.util.Locale.ROOT, "%.1f s",
        d.toMillis() / 1000.0);
  }

  @Override
  public boolean live() {
    return true;
  }
}
