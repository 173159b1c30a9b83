package org.gatewaydoctor.probes.runner;

import java.time.Duration;
import org.gatewaydoctor.facts.ProbeOutcome;

/**
 * Progress of a run, for front ends (a progress line, a spinner per probe). Called from the
 * runner's and the probes' threads, so implementations must be thread-safe and quick; an exception
 * thrown here is ignored.
 */
public interface ProbeListener {

  /** A listener that ignores everything. */
  ProbeListener NONE = new ProbeListener() {};

  /** Probe {@code probeId} started with {@code budget} to finish in. */
  default void started(String probeId, Duration budget) {}

  /** A probe ended (ok, failed, timed out, skipped); called exactly once per started probe. */
  default void finished(ProbeOutcome outcome) {}
}
