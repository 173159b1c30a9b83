package org.gatewaydoctor.api;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A token bucket per client: {@code perMinute} requests at once, refilled evenly over a minute.
 * Clients idle long enough to have a full bucket again are forgotten, so the table stays small.
 */
final class ClientRateLimit {

  private static final Duration MINUTE = Duration.ofMinutes(1);
  /** Above this many clients, full buckets are swept out before adding another. */
  private static final int SWEEP_AT = 10_000;

  private final int perMinute;
  private final Clock clock;
  private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

  ClientRateLimit(int perMinute, Clock clock) {
    this.perMinute = perMinute;
    this.clock = clock;
  }

  /** Takes one request for {@code client}: empty when allowed, else how long until one would be. */
  Duration take(String client) {
    Instant now = clock.instant();
    if (buckets.size() > SWEEP_AT) {
      buckets.values().removeIf(b -> b.full(now));
    }
    return buckets.computeIfAbsent(client, c -> new Bucket(now)).take(now);
  }

  private final class Bucket {
    private double tokens = perMinute;
    private Instant at;

    Bucket(Instant now) {
      at = now;
    }

    synchronized Duration take(Instant now) {
      refill(now);
      if (tokens >= 1) {
        tokens -= 1;
        return Duration.ZERO;
      }
      double perToken = MINUTE.toNanos() / (double) perMinute;
      return Duration.ofNanos((long) Math.ceil((1 - tokens) * perToken));
    }

    synchronized boolean full(Instant now) {
      refill(now);
      return tokens >= perMinute;
    }

    private void refill(Instant now) {
      double elapsed = Duration.between(at, now).toNanos();
      if (elapsed > 0) {
        tokens = Math.min(perMinute, tokens + elapsed * perMinute / MINUTE.toNanos());
        at = now;
      }
    }
  }
}
