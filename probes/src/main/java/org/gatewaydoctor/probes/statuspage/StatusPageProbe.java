package org.gatewaydoctor.probes.statuspage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.gatewaydoctor.facts.Json;
import org.gatewaydoctor.facts.bundle.JsonInputError;
import org.gatewaydoctor.facts.bundle.Observations;
import org.gatewaydoctor.facts.http.HttpExchange;
import org.gatewaydoctor.facts.service.StatusPageFormat;
import org.gatewaydoctor.facts.statuspage.StatusPageReport;
import org.gatewaydoctor.probes.Probe;
import org.gatewaydoctor.probes.ProbeContext;
import org.gatewaydoctor.probes.ProbeResult;
import org.gatewaydoctor.probes.net.AddressFamily;
import org.gatewaydoctor.probes.net.FetchRequest;
import org.gatewaydoctor.probes.net.HttpFetcher;

/**
 * Reads the service's official status page in the format its profile names. A page that cannot be
 * fetched or understood is recorded as unreadable with the reason: it says nothing about the
 * service and is never an outage.
 */
public final class StatusPageProbe implements Probe {

  /** This probe's id: {@value}. */
  public static final String ID = "status-page";

  /** The largest status document read: 1 MiB (big pages' summary.json run to a few hundred KiB). */
  static final int MAX_BYTES = 1024 * 1024;

  private final HttpFetcher fetcher;
  private final Clock clock;
  private final String service;
  private final String url;
  private final StatusPageFormat format;
  private final Duration timeout;
  private final ObjectMapper mapper = Json.newMapper();

  /** A probe of the page at {@code url} in {@code format}, for {@code service}. */
  public StatusPageProbe(HttpFetcher fetcher, Clock clock, String service, String url, StatusPageFormat format,
      Duration timeout) {
    this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.service = Objects.requireNonNull(service, "service");
    this.url = Objects.requireNonNull(url, "url");
    this.format = Objects.requireNonNull(format, "format");
    this.timeout = Objects.requireNonNull(timeout, "timeout");
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Duration timeout() {
    return timeout;
  }

  @Override
  public ProbeResult run(ProbeContext context) {
    HttpFetcher.Fetched f = fetcher.fetch(new FetchRequest(url, "GET", 1, FetchRequest.DEFAULT_MAX_REDIRECTS,
        MAX_BYTES, timeout, AddressFamily.ANY, true), context.deadline());
    HttpExchange e = f.exchange();
    String fetchedAt = clock.instant().toString();
    String problem = problem(e);
    StatusPageReport report;
    if (problem != null) {
      report = unreadable(problem, fetchedAt);
    } else {
      try {
        StatusPageParser.Parsed p = parse(f);
        report = new StatusPageReport(service, url, format.id(), true, p.indicator(), p.description(),
            p.components(), p.incidents(), null, fetchedAt);
      } catch (IllegalArgumentException ex) {
        report = unreadable(ex.getMessage(), fetchedAt);
      }
    }
    Observations o = Observations.builder().statusPages(List.of(report)).build();
    return report.readable() ? ProbeResult.ok(o) : ProbeResult.ok(o).withReason("page unreadable: " + report.detail());
  }

  private StatusPageParser.Parsed parse(HttpFetcher.Fetched f) {
    if (format == StatusPageFormat.FEED) {
      return new StatusPageParser.Parsed(null, null, List.of(), FeedParser.recentEntries(f.body(), clock.instant()));
    }
    JsonNode root;
    try {
      root = mapper.readTree(f.body());
    } catch (JsonProcessingException ex) {
      throw new IllegalArgumentException(JsonInputError.describe("the status page", ex));
    } catch (IOException ex) {
      throw new IllegalArgumentException("the status page could not be read: " + ex.getMessage());
    }
    if (root == null || root.isMissingNode()) {
      throw new IllegalArgumentException("the status page is empty");
    }
    return format == StatusPageFormat.STATUSPAGE_V2 ? StatusPageParser.statuspage(root)
        : StatusPageParser.incidentIo(root);
  }

  private static String problem(HttpExchange e) {
    if (!e.answered()) {
      return "not fetched (" + e.failure().name().toLowerCase(java.util.Locale.ROOT) + "): " + e.detail();
    }
    if (e.status() < 200 || e.status() > 299) {
      return "HTTP " + e.status() + " from the status page";
    }
    if (e.bodyTruncated()) {
      return "the document is larger than " + MAX_BYTES / 1024 + " KiB";
    }
    if (e.detail() != null) {
      return "the body could not be read whole: " + e.detail();
    }
    return null;
  }

  private StatusPageReport unreadable(String why, String fetchedAt) {
    return new StatusPageReport(service, url, format.id(), false, null, null, List.of(), List.of(), why, fetchedAt);
  }
}
