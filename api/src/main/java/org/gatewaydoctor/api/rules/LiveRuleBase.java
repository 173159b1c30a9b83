package org.gatewaydoctor.api.rules;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.gatewaydoctor.facts.service.ServiceProfiles;
import org.gatewaydoctor.rules.Diagnoser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The rule base a server diagnoses with, rebuilt in the background when its rule directory
 * changes and swapped atomically: a diagnosis uses the rule base it started with, the next one the
 * new one. A rebuild that fails keeps the last good rule base serving; its problems are kept for
 * {@code GET /v1/rules}, logged, and passed to the listener (the metrics). Builds run one at a time
 * on one background thread; changes that arrive during a build cause one more build after it.
 */
public final class LiveRuleBase implements AutoCloseable {

  /**
   * The rule base in use.
   *
   * @param diagnoser the diagnoser
   * @param version 1 for the first build, one more for every successful rebuild
   * @param loadedAt when it was built
   */
  public record Serving(Diagnoser diagnoser, int version, Instant loadedAt) {}

  /**
   * The last rebuild after a change of the rule directory.
   *
   * @param at when it finished
   * @param ok whether it succeeded (and is now serving)
   * @param problems what failed, when it did not
   * @param took how long it took
   */
  public record Reload(Instant at, boolean ok, List<RuleProblem> problems, Duration took) {}

  private static final Logger LOG = LoggerFactory.getLogger(LiveRuleBase.class);

  private final Path dir;
  private final ServiceProfiles services;
  private final Clock clock;
  private final Consumer<Reload> onReload;
  private final AtomicReference<Serving> serving = new AtomicReference<>();
  private final AtomicReference<Reload> lastReload = new AtomicReference<>();
  private final AtomicBoolean queued = new AtomicBoolean();
  private final ExecutorService builder = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "rule-base-builder");
    t.setDaemon(true);
    return t;
  });

  /**
   * @param dir the rule directory laid over the built-in rules, or null for the built-in ones
   * @param services the service profiles in effect
   * @param clock when builds happen
   * @param onReload told of every rebuild after the first build (for metrics)
   */
  public LiveRuleBase(Path dir, ServiceProfiles services, Clock clock, Consumer<Reload> onReload) {
    this.dir = dir;
    this.services = Objects.requireNonNull(services, "services");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.onReload = Objects.requireNonNull(onReload, "onReload");
  }

  /** Builds the first rule base in the background; the future holds its result. */
  public CompletableFuture<RuleBuild> start() {
    return CompletableFuture.supplyAsync(() -> {
      RuleBuild build = RuleBuild.of(dir, services);
      if (build.ok()) {
        serving.set(new Serving(build.diagnoser(), 1, clock.instant()));
        LOG.info("rule base ready: {} ({} rules)", origin(), build.diagnoser().ruleBase().rules().size());
      }
      return build;
    }, builder);
  }

  /** Rebuilds from the rule directory in the background (after a change); see the class doc. */
  public void reload() {
    if (dir == null || !queued.compareAndSet(false, true)) {
      return;
    }
    builder.execute(() -> {
      queued.set(false);
      Instant start = clock.instant();
      RuleBuild build = RuleBuild.of(dir, services);
      Instant end = clock.instant();
      Reload result = new Reload(end, build.ok(), build.problems(), Duration.between(start, end));
      if (build.ok()) {
        Serving old = serving.get();
        serving.set(new Serving(build.diagnoser(), old == null ? 1 : old.version() + 1, end));
        LOG.info("rule base reloaded from {}: version {} ({} rules) in {} ms", dir, serving.get().version(),
            build.diagnoser().ruleBase().rules().size(), result.took().toMillis());
      } else {
        LOG.warn("rule directory {} changed but does not build; the last good rule base keeps serving: {}", dir,
            String.join("; ", build.problems().stream().map(RuleProblem::location).toList()));
      }
      lastReload.set(result);
      onReload.accept(result);
    });
  }

  /** The rule base in use, or empty while the first one is being built. */
  public Optional<Serving> serving() {
    return Optional.ofNullable(serving.get());
  }

  /** The last rebuild after a change, or empty when there was none. */
  public Optional<Reload> lastReload() {
    return Optional.ofNullable(lastReload.get());
  }

  /** {@code built-in} or the rule directory. */
  public String origin() {
    return dir == null ? "built-in" : dir.toString();
  }

  /** The rule directory, or null for the built-in rules. */
  public Path directory() {
    return dir;
  }

  @Override
  public void close() {
    builder.shutdownNow();
  }
}
