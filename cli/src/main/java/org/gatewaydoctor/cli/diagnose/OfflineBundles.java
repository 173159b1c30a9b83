package org.gatewaydoctor.cli.diagnose;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import org.gatewaydoctor.cli.UsageError;
import org.gatewaydoctor.facts.bundle.FactBundle;
import org.gatewaydoctor.probes.check.CheckHost;
import org.gatewaydoctor.probes.config.Configuration;
import org.gatewaydoctor.probes.check.HarBundles;

/**
 * The observations of a saved fact bundle or a browser's HAR, read as {@code diagnose --facts} and
 * {@code diagnose --har} read them, for other commands that take the same files ({@code rules explain}).
 */
public final class OfflineBundles {

  private OfflineBundles() {}

  /** The bundle saved in {@code file}; reading warnings go to {@code err}. */
  public static FactBundle saved(Path file, PrintWriter err) throws UsageError {
    return new SavedBundle(file, null, err).collect();
  }

  /** The bundle of the HAR in {@code file}, its page found in the HAR, judged by the configuration's profiles. */
  public static FactBundle har(Path file, Configuration configuration, Clock clock) throws UsageError {
    return new HarImport(file, null, null, new HarBundles(configuration.services(), clock),
        CheckHost.platform(System.getProperties(), Browser.UNKNOWN.factValue())).collect();
  }
}
