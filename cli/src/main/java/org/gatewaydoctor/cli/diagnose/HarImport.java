package org.gatewaydoctor.cli.diagnose;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import okhttp3.HttpUrl;
import org.gatewaydoctor.cli.UsageError;
import org.gatewaydoctor.facts.Environment;
import org.gatewaydoctor.facts.ProbeOutcome;
import org.gatewaydoctor.facts.ProbeStatus;
import org.gatewaydoctor.facts.Target;
import org.gatewaydoctor.facts.Version;
import org.gatewaydoctor.facts.bundle.FactBundle;
import org.gatewaydoctor.facts.bundle.Observations;
import org.gatewaydoctor.facts.http.HttpExchange;
import org.gatewaydoctor.probes.har.HarException;
import org.gatewaydoctor.probes.har.HarImporter;
import org.gatewaydoctor.rules.catalog.Catalog;

/**
 * {@code --har FILE}: what the user's browser saw, saved from its developer tools. The bundle holds
 * the HAR's requests as HTTP observations, the {@code http} probe as ok and every other probe as not
 * run (nothing was checked from here).
 */
final class HarImport implements BundleSource {

  private final Path file;
  private final String url;
  private final String service;
  private final Catalog catalog;
  private final Environment environment;
  private final Clock clock;

  /**
   * @param file the HAR file
   * @param url the URL that failed, or null to take the HAR's first http(s) request (the page itself)
   * @param service the service profile id, or null to find it by the target's host
   * @param catalog the catalogue that knows the service profiles
   * @param environment the user's platform and browser
   * @param clock for the bundle's time when no request in the HAR says when it started
   */
  HarImport(Path file, String url, String service, Catalog catalog, Environment environment, Clock clock) {
    this.file = file;
    this.url = url;
    this.service = service;
    this.catalog = catalog;
    this.environment = environment;
    this.clock = clock;
  }

  @Override
  public FactBundle collect() throws UsageError {
    List<HttpExchange> exchanges;
    try {
      exchanges = new HarImporter().read(file);
    } catch (HarException e) {
      throw new UsageError(e.getMessage(), e);
    }
    String targetUrl = url != null ? url : exchanges.stream().map(HttpExchange::url)
        .filter(u -> HttpUrl.parse(u) != null).findFirst()
        .orElseThrow(() -> new UsageError(file + ": the HAR holds no http(s) request; save it from the browser's "
            + "Network tab after the error appears (\"Save all as HAR\")"));
    String host = HttpUrl.parse(targetUrl).host();
    String serviceId = service != null ? service : catalog.serviceForHost(host).id();
    List<ProbeOutcome> outcomes = new ArrayList<>();
    outcomes.add(new ProbeOutcome("http", ProbeStatus.OK,
        "imported " + exchanges.size() + " requests from the HAR file " + file.getFileName(), 0));
    for (String id : Probing.PROBES_BESIDES_HTTP) {
      outcomes.add(new ProbeOutcome(id, ProbeStatus.NOT_RUN, "diagnosing a browser's HAR file; nothing was checked from here", 0));
    }
    String createdAt = exchanges.stream().map(HttpExchange::startedAt).map(HarImport::instant)
        .filter(i -> i != null).min(Instant::compareTo).orElse(clock.instant()).toString();
    return FactBundle.of(createdAt, Version.tool(), new Target(targetUrl, serviceId, host), environment,
        Observations.builder().http(exchanges).build(), outcomes);
  }

  /** The instant an ISO-8601 text names, or null when it names none. */
  private static Instant instant(String text) {
    try {
      return text == null ? null : Instant.parse(text);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  @Override
  public boolean live() {
    return false;
  }
}
