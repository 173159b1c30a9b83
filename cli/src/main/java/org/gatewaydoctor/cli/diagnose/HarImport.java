package org.gatewaydoctor.cli.diagnose;

import java.nio.file.Path;
import org.gatewaydoctor.cli.UsageError;
import org.gatewaydoctor.facts.Environment;
import org.gatewaydoctor.facts.bundle.FactBundle;
import org.gatewaydoctor.probes.check.HarBundles;
import org.gatewaydoctor.probes.har.HarException;

/**
 * {@code --har FILE}: what the user's browser saw, saved from its developer tools, read as every
 * front end reads a HAR ({@link HarBundles}): the requests of the page the person was looking at as
 * HTTP observations (docs/reasoning.md §4), the {@code http} probe as ok and every other probe as not
 * run (nothing was checked from here).
 */
final class HarImport implements BundleSource {

  private final Path file;
  private final String url;
  private final String service;
  private final HarBundles bundles;
  private final Environment environment;

  /**
   * @param file the HAR file
   * @param url the URL that failed, or null to find the page in the HAR (its last top-level navigation)
   * @param service the service profile id, or null to find it by the target's host
   * @param bundles the HAR reader with the service profiles in effect (built-in and configured)
   * @param environment the user's platform and browser
   */
  HarImport(Path file, String url, String service, HarBundles bundles, Environment environment) {
    this.file = file;
    this.url = url;
    this.service = service;
    this.bundles = bundles;
    this.environment = environment;
  }

  @Override
  public FactBundle collect() throws UsageError {
    try {
      return bundles.read(file, url, service, environment);
    } catch (HarException e) {
      throw new UsageError(e.getMessage(), e);
    }
  }

  @Override
  public boolean live() {
    return false;
  }
}
