package org.gatewaydoctor.cli.diagnose;

import java.util.List;
import org.gatewaydoctor.probes.check.TargetCheck;

/** The probes a live check runs, as the bundle of a HAR import lists them (which probes did not run). */
final class Probing {

  /**
   * The ids of the probes a live run has besides {@code http}: what a bundle imported from a HAR
   * lists as not run.
   */
  static final List<String> PROBES_BESIDES_HTTP =
      TargetCheck.PROBE_IDS.stream().filter(id -> !id.equals("http")).toList();

  private Probing() {}
}
