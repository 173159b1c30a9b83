package org.gatewaydoctor.probes.runner;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.gatewaydoctor.facts.Environment;
import org.gatewaydoctor.facts.ProbeOutcome;
import org.gatewaydoctor.facts.ProbeStatus;
import org.gatewaydoctor.facts.Target;
import org.gatewaydoctor.facts.bundle.FactBundle;
import org.gatewaydoctor.facts.bundle.Observations;
import org.gatewaydoctor.facts.connectivity.ThroughputSample;
import org.gatewaydoctor.facts.http.ExchangeSource;
import org.gatewaydoctor.facts.http.HttpExchange;
import org.gatewaydoctor.facts.http.HttpHeader;
import org.gatewaydoctor.probes.Probe;
import org.gatewaydoctor.probes.ProbeContext;
import org.gatewaydoctor.probes.ProbeResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** One deadline for all probes; every way a probe can end becomes an outcome. */
@Timeout(20)
class ProbeRunnerTest {

  private final Clock clock = Clock.systemUTC();
  private final Target target = new Target("https://example.com/", "generic", "example.com");

  record FakeProbe(String id, Duration timeout, Behaviour behaviour) implements Probe {
    interface Behaviour {
      ProbeResult run(ProbeContext c) throws InterruptedException;
    }

    @Override
    public ProbeResult run(ProbeContext context) throws InterruptedException {
      return behaviour.run(context);
    }
  }

  @Test
  void theBundleARunReturnsIsAlreadyRedacted() {
    HttpExchange leaky = new HttpExchange(1, ExchangeSource.PROBE, "GET", "https://example.com/cb?access_token=CANARY-URL-7f3a", 302,
        "http/1.1", "127.0.0.1:443", null, null,
        List.of(new HttpHeader("Set-Cookie", "sid=CANARY-COOKIE-91bd; Path=/; HttpOnly"),
            new HttpHeader("Location", "https://example.com/next?code=CANARY-CODE-44e0")),
        null, null, List.of(), "{\"access_token\":\"CANARY-BODY-0c1d\"}", 30L, false, null, null, null, null);
    Probe probe = new FakeProbe("http", Duration.ofSeconds(1),
        c -> ProbeResult.ok(Observations.builder().http(List.of(leaky)).build()));

    FactBundle b = new ProbeRunner(List.of(probe), Duration.ofSeconds(2), clock, ProbeListener.NONE)
        .run(target, Environment.UNKNOWN, "gateway-doctor test");

    String everything = b.toString();
    assertThat(everything).doesNotContain("CANARY-URL-7f3a", "CANARY-COOKIE-91bd", "CANARY-CODE-44e0",
        "CANARY-BODY-0c1d");
    assertThat(b.observations().http().get(0).header("Set-Cookie")).hasValueSatisfying(v -> assertThat(v)
        .startsWith("sid=").contains("Path=/"));
  }

  @Test
  void everyWayAProbeEndsBecomesAnOutcomeWithinTheDeadline() {
    Observations seen = Observations.builder().throughput(List.of(new ThroughputSample("u", 1, 1, 8.0, true, null))).build();
    List<Probe> probes = List.of(
        new FakeProbe("ok", Duration.ofSeconds(5), c -> ProbeResult.ok(seen)),
        new FakeProbe("throws", Duration.ofSeconds(5), c -> { throw new IllegalStateException("bug"); }),
        new FakeProbe("skips", Duration.ofSeconds(5), c -> ProbeResult.skipped("not applicable")),
        new FakeProbe("sleeps", Duration.ofSeconds(5), c -> { Thread.sleep(60_000); return ProbeResult.ok(seen); }),
        new FakeProbe("ignores-interrupts", Duration.ofMillis(500), c -> {
          long until = System.nanoTime() + 30_000_000_000L;
          while (System.nanoTime() < until) {
            Thread.onSpinWait();
          }
          return ProbeResult.ok(seen);
        }),
        new FakeProbe("null", Duration.ofSeconds(5), c -> null),
        new FakeProbe("no-timeout", Duration.ZERO, c -> ProbeResult.ok(seen)));
    List<String> events = new CopyOnWriteArrayList<>();
    ProbeListener listener = new ProbeListener() {
      @Override
      public void started(String id, Duration budget) {
        events.add("start " + id);
      }

      @Override
      public void finished(ProbeOutcome outcome) {
        events.add("end " + outcome.id());
      }
    };
    Duration deadline = Duration.ofMillis(1500);
    Instant start = clock.instant();
    FactBundle b = new ProbeRunner(probes, deadline, clock, listener).run(target, Environment.UNKNOWN, "gateway-doctor test");
    Duration took = Duration.between(start, clock.instant());
    assertThat(took).isLessThan(deadline.plusMillis(300));
    assertThat(b.probes()).extracting(ProbeOutcome::id)
        .containsExactly("ok", "throws", "skips", "sleeps", "ignores-interrupts", "null", "no-timeout");
    assertThat(b.probes()).extracting(ProbeOutcome::status).containsExactly(ProbeStatus.OK, ProbeStatus.FAILED,
        ProbeStatus.SKIPPED, ProbeStatus.TIMEOUT, ProbeStatus.TIMEOUT, ProbeStatus.FAILED, ProbeStatus.SKIPPED);
    assertThat(b.probes().get(1).reason()).contains("IllegalStateException: bug");
    assertThat(b.probes().get(3).reason()).contains("1.5 s budget");
    assertThat(b.probes().get(4).reason()).contains("0.5 s budget");
    assertThat(b.probes().get(4).durationMs()).isBetween(500L, 800L);
    assertThat(b.observations().throughput()).hasSize(1);
    assertThat(b.target()).isEqualTo(target);
    assertThat(b.tool()).isEqualTo("gateway-doctor test");
    for (Probe p : probes) {
      assertThat(events).containsOnlyOnce("start " + p.id(), "end " + p.id());
    }
  }

  @Test
  void aProbeGetsTheSmallerOfItsTimeoutAndWhatIsLeft() {
    List<Duration> budgets = new CopyOnWriteArrayList<>();
    Probe p = new FakeProbe("p", Duration.ofSeconds(30), c -> {
      budgets.add(c.remaining());
      return ProbeResult.ok(Observations.NONE);
    });
    new ProbeRunner(List.of(p), Duration.ofSeconds(2), clock, ProbeListener.NONE)
        .run(target, Environment.UNKNOWN, "t");
    assertThat(budgets.get(0)).isLessThanOrEqualTo(Duration.ofSeconds(2)).isGreaterThan(Duration.ofMillis(1500));
  }
}
