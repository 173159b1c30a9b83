package org.gatewaydoctor.probes.runner;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.AtomicInteger;
import org.gatewaydoctor.facts.Environment;
import org.gatewaydoctor.facts.ProbeOutcome;
import org.gatewaydoctor.facts.Target;
import org.gatewaydoctor.facts.bundle.FactBundle;
import org.gatewaydoctor.facts.bundle.Redactor;
import org.gatewaydoctor.facts.bundle.Observations;
import org.gatewaydoctor.probes.Probe;
import org.gatewaydoctor.probes.ProbeContext;
import org.gatewaydoctor.probes.ProbeResult;
import org.gatewaydoctor.probes.TargetUrl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs probes concurrently under one global deadline and returns a complete fact bundle. Each
 * probe gets the smaller of its own timeout and the time left; a probe that fails, times out,
 * throws or is skipped becomes a {@link ProbeOutcome} with its reason, never an exception to the
 * caller. The bundle it returns is already redacted ({@link Redactor}). The run returns within the deadline plus {@link #GRACE} even if a probe ignores
 * interruption (its thread is abandoned; threads are daemons). One instance may run many times.
 */
public final class ProbeRunner {

  /** The default global deadline: {@value #DEFAULT_DEADLINE_SECONDS} s. */
  public static final Duration DEFAULT_DEADLINE = Duration.ofSeconds(8);

  /** Seconds in {@link #DEFAULT_DEADLINE}: {@value}. */
  public static final int DEFAULT_DEADLINE_SECONDS = 8;

  /** How long past its deadline a probe may take to hand in partial results before it is cut: 150 ms. */
  public static final Duration GRACE = Duration.ofMillis(150);

  private static final Logger LOG = LoggerFactory.getLogger(ProbeRunner.class);

  private final List<Probe> probes;
  private final Duration deadline;
  private final Clock clock;
  private final ProbeListener listener;
  private final Redactor redactor = new Redactor();

  /**
   * @param probes the probes to run, in the order their outcomes are reported
   * @param deadline the whole run's deadline; positive
   * @param clock the clock deadlines are measured by
   * @param listener progress events, or {@link ProbeListener#NONE}
   */
  public ProbeRunner(List<Probe> probes, Duration deadline, Clock clock, ProbeListener listener) {
    this.probes = List.copyOf(probes);
    this.deadline = Objects.requireNonNull(deadline, "deadline");
    if (deadline.isZero() || deadline.isNegative()) {
      throw new IllegalArgumentException("deadline must be positive, got " + deadline);
    }
    this.clock = Objects.requireNonNull(clock, "clock");
    this.listener = Objects.requireNonNull(listener, "listener");
    long distinct = this.probes.stream().map(Probe::id).distinct().count();
    if (distinct != this.probes.size()) {
      throw new IllegalArgumentException("probe ids must be unique, got "
          + this.probes.stream().map(Probe::id).toList());
    }
  }

  /** Runs every probe once and returns what they saw, made by {@code tool} (such as {@code gateway-doctor 0.1.0}). */
  public FactBundle run(Target target, Environment environment, String tool) {
    return run(TargetUrl.parse(target.url()), target, environment, tool);
  }

  /**
   * Runs every probe once against {@code url} and returns what they saw, made by {@code tool}.
   *
   * @param target the target as the bundle records it ({@code url}'s text and host, the service profile id)
   */
  public FactBundle run(TargetUrl url, Target target, Environment environment, String tool) {
    Instant start = clock.instant();
    Instant end = start.plus(deadline);
    AtomicInteger n = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, probes.size()), r -> {
      Thread t = new Thread(r, "probe-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
    try {
      List<Running> running = new ArrayList<>();
      for (Probe probe : probes) {
        running.add(start(probe, url, target, start, end, pool));
      }
      Observations.Builder observations = Observations.builder();
      List<ProbeOutcome> outcomes = new ArrayList<>();
      for (Running r : running) {
        Finished f = r.await();
        observations.add(f.result().observations());
        outcomes.add(f.outcome());
      }
      // Redacted here, where the bundle is made, so that no front end can put a token the probes
      // saw (in a redirect URL, a header, an error page) into a report or a log.
      return redactor.redact(FactBundle.of(start.toString(), tool, target, environment, observations.build(),
          outcomes));
    } finally {
      pool.shutdownNow();
    }
  }

  private Running start(Probe probe, TargetUrl url, Target target, Instant start, Instant end, ExecutorService pool) {
    String id = probe.id();
    Duration timeout = probe.timeout();
    if (timeout == null || timeout.isNegative() || timeout.isZero()) {
      Running r = new Running(id, start, end, CompletableFuture.completedFuture(
          ProbeResult.skipped("its timeout is not positive: " + timeout)));
      notifyStarted(id, Duration.ZERO);
      return r;
    }
    Instant own = start.plus(timeout);
    Instant probeDeadline = own.isBefore(end) ? own : end;
    notifyStarted(id, Duration.between(start, probeDeadline));
    ProbeContext context = new ProbeContext(url, target, probeDeadline, clock);
    CompletableFuture<ProbeResult> future = new CompletableFuture<>();
    pool.execute(() -> {
      try {
        ProbeResult result = probe.run(context);
        future.complete(result == null ? ProbeResult.failed(Observations.NONE, "the probe returned no result")
            : result);
      } catch (InterruptedException e) {
        future.complete(ProbeResult.timedOut(Observations.NONE, "cancelled at its deadline"));
      } catch (RuntimeException | LinkageError | AssertionError e) {
        LOG.warn("probe {} threw; recorded as failed", id, e);
        future.complete(ProbeResult.failed(Observations.NONE, "the probe failed unexpectedly: " + e));
      }
    });
    // Cut a probe that overstays at its own deadline plus the grace, not when the runner gets to it,
    // so that its outcome and the listener's event come on time.
    Duration cutAfter = Duration.between(clock.instant(), probeDeadline.plus(GRACE));
    future.completeOnTimeout(abandoned(Duration.between(start, probeDeadline)),
        Math.max(0, cutAfter.toNanos()), TimeUnit.NANOSECONDS);
    return new Running(id, start, probeDeadline, future);
  }

  private static ProbeResult abandoned(Duration budget) {
    return ProbeResult.timedOut(Observations.NONE, String.format(Locale.ROOT,
        "did not return within its %.1f s budget; abandoned", budget.toMillis() / 1e3));
  }

  private void notifyStarted(String id, Duration budget) {
    try {
      listener.started(id, budget);
    } catch (RuntimeException e) {
      LOG.debug("listener failed on started({})", id, e);
    }
  }

  private record Finished(ProbeResult result, ProbeOutcome outcome) {}

  /** One probe in flight; {@link #await} waits at most until its deadline plus the grace. */
  private final class Running {
    private final String id;
    private final Instant start;
    private final Instant deadline;
    private final CompletableFuture<ProbeResult> future;
    private final AtomicReference<ProbeOutcome> outcome = new AtomicReference<>();

    Running(String id, Instant start, Instant deadline, CompletableFuture<ProbeResult> future) {
      this.id = id;
      this.start = start;
      this.deadline = deadline;
      this.future = future;
      // Report as soon as it ends, so a progress display moves while others still run.
      future.thenAccept(r -> finish(r, clock.instant()));
    }

    Finished await() {
      Duration wait = Duration.between(clock.instant(), deadline.plus(GRACE));
      ProbeResult result;
      try {
        result = future.get(Math.max(0, wait.toNanos()), TimeUnit.NANOSECONDS);
      } catch (TimeoutException e) {
        result = abandoned(Duration.between(start, deadline));
        future.complete(result); // wins over a late result, which is then ignored
        result = future.getNow(result);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        result = ProbeResult.timedOut(Observations.NONE, "the run was interrupted");
      } catch (ExecutionException e) {
        result = ProbeResult.failed(Observations.NONE, "the probe failed unexpectedly: " + e.getCause());
      }
      return new Finished(result, finish(result, clock.instant()));
    }

    private ProbeOutcome finish(ProbeResult result, Instant at) {
      long ms = Math.max(0, Duration.between(start, at).toMillis());
      ProbeOutcome mine = new ProbeOutcome(id, result.status(), result.reason(), ms);
      if (outcome.compareAndSet(null, mine)) {
        try {
          listener.finished(mine);
        } catch (RuntimeException e) {
          LOG.debug("listener failed on finished({})", id, e);
        }
      }
      return outcome.get();
    }
  }
}
