package org.gatewaydoctor.probes.connectivity;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.gatewaydoctor.facts.connectivity.ReferenceCheck;
import org.gatewaydoctor.facts.connectivity.ReferenceResult;
import org.gatewaydoctor.facts.connectivity.ThroughputSample;
import org.gatewaydoctor.facts.bundle.Observations;
import org.gatewaydoctor.probes.Probe;
import org.gatewaydoctor.probes.ProbeContext;
import org.gatewaydoctor.probes.ProbeResult;
import org.gatewaydoctor.probes.ReferenceEndpoint;
import org.gatewaydoctor.probes.net.AddressFamily;
import org.gatewaydoctor.probes.net.HttpFetcher;
import org.gatewaydoctor.probes.net.NetworkAccess;

/**
 * Checks reference endpoints unrelated to the target, over IPv4 and IPv6 separately, directly (not
 * through a proxy), all at once: a TCP connect and an HTTP request expecting an exact answer. A
 * redirect or another body is recorded as a captive-portal sign; one failing reference is just
 * recorded. Then takes a bounded throughput sample (at most {@link #THROUGHPUT_BYTES} bytes or
 * {@link #THROUGHPUT_TIME}).
 */
public final class ConnectivityProbe implements Probe {

  /** This probe's id: {@value}. */
  public static final String ID = "connectivity";

  /** The most bytes the throughput sample downloads: {@value} (5 MB). */
  public static final long THROUGHPUT_BYTES = 5_000_000;

  /** The longest the throughput sample runs: 2 s. */
  public static final Duration THROUGHPUT_TIME = Duration.ofSeconds(2);

  private final NetworkAccess net;
  private final HttpFetcher fetcher;
  private final List<ReferenceEndpoint> references;
  private final String throughputUrl;
  private final Duration timeout;
  private final Duration perCheck;

  /**
   * @param throughputUrl what the throughput sample downloads, or null for no sample
   * @param perCheck the most one check (TCP or HTTP) may take
   */
  public ConnectivityProbe(NetworkAccess net, HttpFetcher fetcher, List<ReferenceEndpoint> references,
      String throughputUrl, Duration timeout, Duration perCheck) {
    this.net = Objects.requireNonNull(net, "net");
    this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
    this.references = List.copyOf(references);
    this.throughputUrl = throughputUrl;
    this.timeout = Objects.requireNonNull(timeout, "timeout");
    this.perCheck = Objects.requireNonNull(perCheck, "perCheck");
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
    if (references.isEmpty() && throughputUrl == null) {
      return ProbeResult.skipped("no reference endpoint and no throughput URL configured");
    }
    ReferenceChecker checker = new ReferenceChecker(net, fetcher);
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, references.size() * 2 + 1), r -> {
      Thread t = new Thread(r, "probe-connectivity");
      t.setDaemon(true);
      return t;
    });
    try {
      List<CompletableFuture<List<ReferenceCheck>>> checks = new ArrayList<>();
      for (ReferenceEndpoint ref : references) {
        for (AddressFamily family : List.of(AddressFamily.IPV4, AddressFamily.IPV6)) {
          checks.add(CompletableFuture.supplyAsync(() -> checker.check(ref, family, perCheck, context.deadline()), pool));
        }
      }
      CompletableFuture<ThroughputSample> throughput = throughputUrl == null ? null
          : CompletableFuture.supplyAsync(() -> fetcher.sample(throughputUrl, THROUGHPUT_BYTES, THROUGHPUT_TIME,
              context.deadline()), pool);
      List<ReferenceCheck> results = new ArrayList<>();
      boolean cut = false;
      for (int i = 0; i < checks.size(); i++) {
        try {
          results.addAll(checks.get(i).get(context.remaining().toNanos(), TimeUnit.NANOSECONDS));
        } catch (TimeoutException | ExecutionException e) {
          cut = true;
          ReferenceEndpoint ref = references.get(i / 2);
          String family = i % 2 == 0 ? "ipv4" : "ipv6";
          results.add(new ReferenceCheck(ref.name(), ref.url(), family, "http", null, ReferenceResult.TIMEOUT, null,
              ref.expectation(), null, null, "not finished by the probe's deadline"));
        }
      }
      Observations.Builder o = Observations.builder().connectivity(results);
      if (throughput != null) {
        try {
          o.throughput(List.of(throughput.get(context.remaining().toNanos(), TimeUnit.NANOSECONDS)));
        } catch (TimeoutException | ExecutionException e) {
          cut = true;
          o.throughput(List.of(new ThroughputSample(throughputUrl, 0, 0, null, false,
              "not finished by the probe's deadline")));
        }
      }
      return cut ? ProbeResult.timedOut(o.build(), "some checks were still running at the deadline")
          : ProbeResult.ok(o.build());
    } finally {
      pool.shutdownNow();
    }
  }
}
