package org.gatewaydoctor.probes.check;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.gatewaydoctor.facts.Environment;
import org.gatewaydoctor.facts.bundle.FactBundle;
import org.gatewaydoctor.facts.service.ServiceProfile;
import org.gatewaydoctor.facts.service.ServiceProfiles;
import org.gatewaydoctor.probes.har.HarException;
import org.gatewaydoctor.probes.har.HarImporter;
import org.gatewaydoctor.probes.har.HarPage;

/**
 * Fact bundles from a browser's HAR file, the same way for every front end (the CLI's
 * {@code diagnose --har} and the HTTP API's {@code application/har+json}), so that a HAR gets the
 * same diagnosis through both. The bundle holds the requests of the page the person was looking at
 * as HTTP observations (secrets removed on the way in by {@link HarImporter}), the {@code http}
 * probe as ok and every other probe of a live check as not run: nothing was checked from here.
 * Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class HarBundles {

  /** The probes a live check has besides {@code http}: what a bundle from a HAR lists as not run. */
  public static final List<String> PROBES_BESIDES_HTTP =
      TargetCheck.PROBE_IDS.stream().filter(id -> !id.equals("http")).toList();

  private final ServiceProfiles services;
  private final Clock clock;

  /**
   * @param services the service profiles in effect (built-in and configured): the page's own profile
   *     names more hosts of its site (chatgpt.com's API on api.openai.com)
   * @param clock the bundle's time when no request in the HAR says when it started
   */
  public HarBundles(ServiceProfiles services, Clock clock) {
    this.services = Objects.requireNonNull(services, "services");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * The bundle of the HAR file {@code file}.
   *
   * @param url the URL that failed, or null to find the page in the HAR (its last top-level navigation)
   * @param service the service profile id, or null to find it by the page's host
   * @param environment the user's platform and browser
   * @throws HarException when the file cannot be read or is not a usable HAR, naming where
   */
  public FactBundle read(Path file, String url, String service, Environment environment) throws HarException {
    HarImporter importer = new HarImporter();
    return bundle(hosts -> importer.page(file, url, hosts), service, environment, String.valueOf(file.getFileName()));
  }

  /**
   * The bundle of a HAR held in memory; {@code origin} names it in messages and in the bundle.
   *
   * @see #read(Path, String, String, Environment)
   */
  public FactBundle read(byte[] json, String origin, String url, String service, Environment environment)
      throws HarException {
    HarImporter importer = new HarImporter();
    return bundle(hosts -> importer.page(json, origin, url, hosts), service, environment, origin);
  }

  /** Reads the page for a set of the site's hosts. */
  private interface PageReader {
    HarPage page(Set<String> siteHosts) throws HarException;
  }

  private FactBundle bundle(PageReader reader, String service, Environment environment, String name)
      throws HarException {
    Set<String> siteHosts = service == null ? Set.of()
        : Set.copyOf(services.byId(service).map(ServiceProfile::hosts).orElse(List.of()));
    HarPage page = reader.page(siteHosts);
    String serviceId = service != null ? service : services.forHost(page.host()).id();
    if (service == null) {
      // The page's own profile names more hosts of its site (chatgpt.com's API on api.openai.com).
      List<String> hosts = services.forHost(page.host()).hosts();
      if (!hosts.isEmpty()) {
        page = reader.page(Set.copyOf(hosts));
      }
    }
    return page.bundle(serviceId, environment, name, PROBES_BESIDES_HTTP, clock);
  }
}
