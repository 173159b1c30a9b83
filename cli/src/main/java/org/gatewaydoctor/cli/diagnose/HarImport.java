package org.gatewaydoctor.cli.diagnose;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.gatewaydoctor.cli.UsageError;
import org.gatewaydoctor.facts.Environment;
import org.gatewaydoctor.facts.bundle.FactBundle;
import org.gatewaydoctor.probes.har.HarException;
import org.gatewaydoctor.probes.har.HarImporter;
import org.gatewaydoctor.probes.har.HarPage;
import org.gatewaydoctor.facts.service.ServiceProfile;
import org.gatewaydoctor.facts.service.ServiceProfiles;

/**
 * {@code --har FILE}: what the user's browser saw, saved from its developer tools. The bundle holds
 * the requests of the page the person was looking at as HTTP observations (docs/reasoning.md §4),
 * the {@code http} probe as ok and every other probe as not run (nothing was checked from here).
 */
final class HarImport implements BundleSource {

  private final Path file;
  private final String url;
  private final String service;
  private final ServiceProfiles services;
  private final Environment environment;
  private final Clock clock;

  /**
   * @param file the HAR file
   * @param url the URL that failed, or null to find the page in the HAR (its last top-level navigation)
   * @param service the service profile id, or null to find it by the target's host
   * @param services the service profiles in effect (built-in and configured)
   * @param environment the user's platform and browser
   * @param clock for the bundle's time when no request in the HAR says when it started
   */
  HarImport(Path file, String url, String service, ServiceProfiles services, Environment environment, Clock clock) {
    this.file = file;
    this.url = url;
    this.service = service;
    this.services = services;
    this.environment = environment;
    this.clock = clock;
  }

  @Override
  public FactBundle collect() throws UsageError {
    try {
      Set<String> siteHosts = service == null ? Set.of() : Set.copyOf(services.byId(service)
          .map(ServiceProfile::hosts).orElse(List.of()));
      HarPage page = new HarImporter().page(file, url, siteHosts);
      String serviceId = service != null ? service : services.forHost(page.host()).id();
      if (service == null) {
        // The page's own profile names more hosts of its site (chatgpt.com's API on api.openai.com).
        List<String> hosts = services.forHost(page.host()).hosts();
        if (!hosts.isEmpty()) {
          page = new HarImporter().page(file, url, Set.copyOf(hosts));
        }
      }
      return page.bundle(serviceId, environment, String.valueOf(file.getFileName()), Probing.PROBES_BESIDES_HTTP,
          clock);
    } catch (HarException e) {
      throw new UsageError(e.getMessage(), e);
    }
  }

  @Override
  public boolean live() {
    return false;
  }
}
