package org.gatewaydoctor.probes.http;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.gatewaydoctor.facts.bundle.Observations;
import org.gatewaydoctor.facts.http.HttpExchange;
import org.gatewaydoctor.facts.http.HttpFailure;
import org.gatewaydoctor.probes.Probe;
import org.gatewaydoctor.probes.ProbeContext;
import org.gatewaydoctor.probes.ProbeResult;
import org.gatewaydoctor.probes.net.AddressFamily;
import org.gatewaydoctor.probes.net.FetchRequest;
import org.gatewaydoctor.probes.net.HttpFetcher;

/**
 * Sends a few spaced GET requests to the target, through the proxy in effect, and records each as
 * an {@link HttpExchange} (phases, status, headers, redirect chain, bounded body). Several samples
 * show intermittent failures; a 429 or 503 with Retry-After is honoured: the probe waits as asked
 * when there is time, and otherwise stops sampling and says so.
 */
public final class HttpProbe implements Probe {

  /** This probe's id: {@value}. */
  public static final String ID = "http";

  private final HttpFetcher fetcher;
  private final Clock clock;
  private final int samples;
  private final Duration spacing;
  private final Duration timeout;
  private final Duration perRequest;

  /**
   * @param samples how many requests to send (at least 1)
   * @param spacing the pause between samples
   * @param timeout this probe's timeout
   * @param perRequest the most one request (with its redirects) may take
   */
  public HttpProbe(HttpFetcher fetcher, Clock clock, int samples, Duration spacing, Duration timeout,
      Duration perRequest) {
    this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
    this.clock = Objects.requireNonNull(clock, "clock");
    if (samples < 1) {
      throw new IllegalArgumentException("samples must be at least 1, got " + samples);
    }
    this.samples = samples;
    this.spacing = Objects.requireNonNull(spacing, "spacing");
    this.timeout = Objects.requireNonNull(timeout, "timeout");
    this.perRequest = Objects.requireNonNull(perRequest, "perRequest");
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
  public ProbeResult run(ProbeContext context) throws InterruptedException {
    String url = context.url().text();
    List<HttpExchange> exchanges = new ArrayList<>();
    String note = null;
    for (int i = 1; i <= samples; i++) {
      Instant began = clock.instant();
      HttpExchange e = fetcher.fetch(new FetchRequest(url, "GET", i, FetchRequest.DEFAULT_MAX_REDIRECTS,
          HttpExchange.MAX_BODY_EXCERPT_BYTES, perRequest, AddressFamily.ANY, true), context.deadline()).exchange();
      exchanges.add(e);
      if (e.failure() == HttpFailure.DEADLINE || e.failure() == HttpFailure.POLICY) {
        note = e.failure() == HttpFailure.POLICY ? "not sent: " + e.detail() : null;
        break;
      }
      if (i == samples) {
        break;
      }
      Duration wait = spacing;
      Optional<Duration> asked = retryAfter(e);
      if (asked.isPresent()) {
        if (asked.get().compareTo(context.remaining()) >= 0) {
          note = "stopped after " + i + " of " + samples + " samples: the server answered " + e.status()
              + " with Retry-After: " + e.header("Retry-After").orElse("") + ", longer than the time left";
          break;
        }
        wait = asked.get().compareTo(spacing) > 0 ? asked.get() : spacing;
      }
      if (wait.compareTo(context.remaining()) >= 0) {
        note = "stopped after " + i + " of " + samples + " samples: no time left for another";
        break;
      }
      // An answered sample shows how long one takes here (a slow resolver, a slow server): one that
      // would be cut by the deadline half-way says nothing about the service, yet would count as an
      // error. A sample that failed gives no such measure, and the next one is tried.
      Duration took = Duration.between(began, clock.instant());
      if (e.answered() && context.remaining().minus(wait).compareTo(took.multipliedBy(3).dividedBy(2)) < 0) {
        note = "stopped after " + i + " of " + samples + " samples: another would not finish in the time left";
        break;
      }
      Thread.sleep(wait.toMillis());
    }
    Observations observations = Observations.builder().http(exchanges).build();
    HttpExchange last = exchanges.get(exchanges.size() - 1);
    if (last.failure() == HttpFailure.POLICY) {
      return new ProbeResult(observations, org.gatewaydoctor.facts.ProbeStatus.SKIPPED, note);
    }
    if (last.failure() == HttpFailure.DEADLINE) {
      return ProbeResult.timedOut(observations, "sample " + last.sample() + " was cut by the deadline: "
          + last.detail());
    }
    return new ProbeResult(observations, org.gatewaydoctor.facts.ProbeStatus.OK, note);
  }

  private Optional<Duration> retryAfter(HttpExchange e) {
    if (e.status() == null || (e.status() != 429 && e.status() != 503)) {
      return Optional.empty();
    }
    return RetryAfter.parse(e.header("Retry-After").orElse(null), clock.instant());
  }
}
