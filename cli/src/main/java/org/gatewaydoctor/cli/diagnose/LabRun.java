package org.gatewaydoctor.cli.diagnose;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import org.gatewaydoctor.facts.Echo;
import java.util.Map;
import java.util.function.Supplier;
import org.gatewaydoctor.cli.UsageError;
import org.gatewaydoctor.cli.lab.Lab;
import org.gatewaydoctor.cli.lab.LabScenario;
import org.gatewaydoctor.facts.ProbeOutcome;
import org.gatewaydoctor.facts.bundle.FactBundle;
import org.gatewaydoctor.probes.check.CheckHost;
import org.gatewaydoctor.probes.check.TargetCheck;
import org.gatewaydoctor.probes.runner.ProbeListener;

/**
 * {@code --lab SCENARIO}: the real probes against a staged failure on loopback, under the
 * loopback-only egress policy whatever the environment says, so a lab run never leaves the machine,
 * through the probes' entry point with the lab's own settings (no configuration file applies: the lab
 * is its own network), and never reading the machine's browser profiles, so its verdicts do not depend on
 * the machine (a scenario that stages a profile of its own has the browser probe read that one).
 * The lab starts at the first check and stays up for the next ones ({@code --watch}).
 */
final class LabRun implements BundleSource {

  private final LabScenario scenario;
  private final TargetCheck check;
  private final CheckHost host;
  private final PrintWriter err;
  private final Supplier<ProbeListener> progress;
  private Lab lab;

  /**
   * @param check an entry point under the loopback-only policy
   * @param host the user's platform; its browser profiles are never read
   */
  LabRun(LabScenario scenario, TargetCheck check, CheckHost host, PrintWriter err, Supplier<ProbeListener> progress) {
    this.scenario = scenario;
    this.check = check;
    this.host = host;
    this.err = err;
    this.progress = progress;
  }

  @Override
  public FactBundle collect() throws UsageError {
    if (lab == null) {
      try {
        lab = Lab.start(scenario);
      } catch (IOException e) {
        throw new UsageError("cannot start the loopback lab: " + e.getMessage(), e);
      }
      err.println("Lab: " + scenario.description() + ", at " + lab.targetUrl());
    }
    lab.beginCheck();
    err.println("Checking " + Echo.url(lab.targetUrl()) + " (at most " + lab.settings().deadline().toSeconds() + " s) ...");
    CheckHost checked = lab.browserHome()
        .map(home -> new CheckHost(host.platform(), Map.of("HOME", home.toString()), true))
        .orElse(host);
    return staged(check.run(lab.settings(), checked, progress.get()));
  }

  /** What the lab's reference sites and test download measure over loopback, which no report may pass off as the user's line. */
  static final String STAGED_NOTE = "staged: the lab's reference sites and test download run over loopback, so their"
      + " speed says nothing about your line";

  /**
   * {@code bundle} with the connectivity and throughput checks noted as staged: their timings and
   * download speed were measured over loopback (the reports mark the evidence resting on them).
   */
  static FactBundle staged(FactBundle bundle) {
    List<ProbeOutcome> probes = bundle.probes().stream()
        .map(p -> (p.id().equals("connectivity") || p.id().equals("throughput")) && p.ran()
            ? new ProbeOutcome(p.id(), p.status(), p.reason() == null ? STAGED_NOTE : STAGED_NOTE + "; " + p.reason(),
                p.durationMs())
            : p)
        .toList();
    return new FactBundle(bundle.schemaVersion(), bundle.createdAt(), bundle.tool(), bundle.target(),
        bundle.environment(), bundle.observations(), probes);
  }

  @Override
  public boolean live() {
    return true;
  }

  @Override
  public void close() {
    if (lab != null) {
      lab.close();
    }
  }
}
