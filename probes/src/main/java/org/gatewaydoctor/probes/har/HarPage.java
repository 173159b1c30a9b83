package org.gatewaydoctor.probes.har;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import okhttp3.HttpUrl;
import org.gatewaydoctor.facts.Environment;
import org.gatewaydoctor.facts.Immutable;
import org.gatewaydoctor.facts.ProbeOutcome;
import org.gatewaydoctor.facts.ProbeStatus;
import org.gatewaydoctor.facts.Target;
import org.gatewaydoctor.facts.Version;
import org.gatewaydoctor.facts.bundle.FactBundle;
import org.gatewaydoctor.facts.bundle.Observations;
import org.gatewaydoctor.facts.http.HttpExchange;

/**
 * What a browser's HAR file says about the page the person was looking at: its URL, the requests
 * that are samples of it (redacted, each redirect chain joined), what was left out and why, and the
 * browser that recorded it.
 *
 * @param targetUrl the page's URL (the first request of its redirect chain)
 * @param samples the page's navigations and calls to its site, numbered from 1
 * @param entries how many entries the HAR held
 * @param leftOut how many entries were not samples, by reason ({@link #CANCELLED}, {@link #OTHER_SITE},
 *     {@link #FAVICON}, {@link #DECORATION}, {@link #STATIC_ARRIVED}), in the order met
 * @param browser the browser id the User-Agent names ({@code chrome}, {@code firefox}, ...), or null
 * @param browserVersion its version, or null
 */
public record HarPage(String targetUrl, List<HttpExchange> samples, int entries, Map<String, Integer> leftOut,
    String browser, String browserVersion) {

  /** Why an entry is not a sample: the page cancelled it ({@code net::ERR_ABORTED}). */
  public static final String CANCELLED = "cancelled";
  /** Why an entry is not a sample: it went to another site. */
  public static final String OTHER_SITE = "other-site";
  /** Why an entry is not a sample: the browser's own {@code /favicon.ico} request. */
  public static final String FAVICON = "favicon";
  /** Why an entry is not a sample: an image, font or media file. */
  public static final String DECORATION = "decoration";
  /** Why an entry is not a sample: a script or style sheet that arrived. */
  public static final String STATIC_ARRIVED = "static";

  /** Why an entry is not a sample: the page already has as many samples as one page keeps. */
  public static final String BEYOND_LIMIT = "beyond-limit";

  private static final Map<String, String[]> PHRASES = Map.of(
      BEYOND_LIMIT, new String[] {"request beyond the 200 samples a page keeps", "requests beyond the 200 samples a page keeps"},
      CANCELLED, new String[] {"request the page cancelled", "requests the page cancelled"},
      OTHER_SITE, new String[] {"request to another site", "requests to other sites"},
      FAVICON, new String[] {"favicon request of the browser's", "favicon requests of the browser's"},
      DECORATION, new String[] {"image, font or media file", "images, fonts and media files"},
      STATIC_ARRIVED, new String[] {"script or style sheet that arrived", "scripts and style sheets that arrived"});

  public HarPage {
    Objects.requireNonNull(targetUrl, "targetUrl");
    samples = Immutable.list(samples);
    leftOut = Immutable.orderedMap(leftOut);
  }

  /** The page's host. */
  public String host() {
    return HttpUrl.parse(targetUrl).host();
  }

  /** One sentence on what was imported: "imported 3 of 57 requests ...; left out: 40 images, fonts and media files, ...". */
  public String describe(String fileName) {
    String kept = "imported " + samples.size() + " of " + entries + (entries == 1 ? " request" : " requests")
        + " from the HAR file " + fileName + " (the page " + targetUrl + " and its calls to its site)";
    if (leftOut.isEmpty()) {
      return kept;
    }
    return kept + "; left out: " + leftOut.entrySet().stream()
        .map(e -> e.getValue() + " " + PHRASES.getOrDefault(e.getKey(), new String[] {e.getKey(), e.getKey()})[
            e.getValue() == 1 ? 0 : 1])
        .collect(Collectors.joining(", "));
  }

  /**
   * The fact bundle of this page: its samples as HTTP observations, the {@code http} probe as ok,
   * the {@code otherProbes} as not run (nothing was checked from here). The browser that recorded
   * the HAR becomes the environment's browser unless {@code environment} names one.
   *
   * @param service the service profile id of the page's host
   * @param clock the bundle's time when no sample says when it started
   */
  public FactBundle bundle(String service, Environment environment, String fileName, List<String> otherProbes,
      Clock clock) {
    Environment env = environment.browser() == null && browser != null
        ? environment.withBrowser(browser, browserVersion)
        : environment.browser() != null && environment.browser().equals(browser) && environment.browserVersion() == null
        ? environment.withBrowser(browser, browserVersion) : environment;
    List<ProbeOutcome> outcomes = new ArrayList<>();
    outcomes.add(new ProbeOutcome("http", ProbeStatus.OK, describe(fileName), 0));
    for (String id : otherProbes) {
      outcomes.add(new ProbeOutcome(id, ProbeStatus.NOT_RUN,
          "diagnosing a browser's HAR file; nothing was checked from here", 0));
    }
    String createdAt = samples.stream().map(HttpExchange::startedAt).map(HarPage::instant)
        .filter(Objects::nonNull).min(Instant::compareTo).orElse(clock.instant()).toString();
    return FactBundle.of(createdAt, Version.tool(), new Target(targetUrl, service, host()), env,
        Observations.builder().http(samples).build(), outcomes);
  }

  private static Instant instant(String text) {
    try {
      return text == null ? null : Instant.parse(text);
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
