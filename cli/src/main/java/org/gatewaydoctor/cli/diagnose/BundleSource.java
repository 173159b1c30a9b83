package org.gatewaydoctor.cli.diagnose;

import org.gatewaydoctor.cli.UsageError;
import org.gatewaydoctor.facts.bundle.FactBundle;

/**
 * Where the observations of one diagnosis come from: a saved bundle, a browser's HAR, the loopback
 * lab, or live probes. {@link #collect()} may be called again for {@code --watch}; close releases
 * whatever the source started (the lab's servers).
 */
interface BundleSource extends AutoCloseable {

  /** The observations, gathered now (live, lab) or read (saved bundle, HAR). */
  FactBundle collect() throws UsageError;

  /** Whether collecting again can give different observations (only live probes and the lab can). */
  boolean live();

  @Override
  default void close() {}
}
