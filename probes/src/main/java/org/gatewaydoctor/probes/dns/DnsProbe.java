package org.gatewaydoctor.probes.dns;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.gatewaydoctor.facts.dns.DnsQuery;
import org.gatewaydoctor.facts.dns.DnsQueryStatus;
import org.gatewaydoctor.facts.dns.ResolverKind;
import org.gatewaydoctor.facts.bundle.Observations;
import org.gatewaydoctor.probes.Probe;
import org.gatewaydoctor.probes.ProbeContext;
import org.gatewaydoctor.probes.ProbeResult;
import org.gatewaydoctor.probes.egress.EgressPolicy;
import org.gatewaydoctor.probes.egress.IpLiteral;
import org.gatewaydoctor.probes.net.DnsLookup;
import org.gatewaydoctor.probes.net.ResolverEndpoint;
import org.xbill.DNS.Type;

/**
 * Resolves the target through the system resolvers and through independent ones, all at once:
 * A and AAAA (with any CNAME chain) for the target, and an A question for two names that must not
 * exist (canaries). Records every answer, rcode, Extended DNS Error, latency and silence, and puts
 * the answers side by side. A resolver the egress policy does not allow is recorded as skipped.
 */
public final class DnsProbe implements Probe {

  /** This probe's id: {@value}. */
  public static final String ID = "dns";

  /** Margin left before the deadline so that timed-out questions are still recorded: 100 ms. */
  private static final Duration MARGIN = Duration.ofMillis(100);

  private final List<ResolverEndpoint> system;
  private final List<ResolverEndpoint> independent;
  private final EgressPolicy policy;
  private final DnsLookup lookup;
  private final Duration timeout;
  private final Duration perQuery;
  private final CanaryNames canaries;

  /**
   * @param system the system resolvers (OS configuration or override), possibly empty
   * @param independent the resolvers asked for comparison
   * @param timeout this probe's timeout
   * @param perQuery the most one question waits
   */
  public DnsProbe(List<ResolverEndpoint> system, List<ResolverEndpoint> independent, EgressPolicy policy,
      DnsLookup lookup, Duration timeout, Duration perQuery) {
    this(system, independent, policy, lookup, timeout, perQuery, new CanaryNames());
  }

  DnsProbe(List<ResolverEndpoint> system, List<ResolverEndpoint> independent, EgressPolicy policy, DnsLookup lookup,
      Duration timeout, Duration perQuery, CanaryNames canaries) {
    this.system = List.copyOf(system);
    this.independent = List.copyOf(independent);
    this.policy = Objects.requireNonNull(policy, "policy");
    this.lookup = Objects.requireNonNull(lookup, "lookup");
    this.timeout = Objects.requireNonNull(timeout, "timeout");
    this.perQuery = Objects.requireNonNull(perQuery, "perQuery");
    this.canaries = canaries;
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
    String host = context.url().host();
    if (IpLiteral.is(host)) {
      return ProbeResult.skipped("the target is the IP address " + host + "; there is no name to resolve");
    }
    Duration budget = context.budget(perQuery.plus(MARGIN)).minus(MARGIN);
    List<String> canaryNames = canaries.forHost(host);
    List<Pending> pending = new ArrayList<>();
    List<DnsQuery> done = new ArrayList<>();
    if (system.isEmpty()) {
      done.add(new DnsQuery("system", null, ResolverKind.SYSTEM, host, "A", DnsQueryStatus.SKIPPED, null, List.of(),
          List.of(), null, false, null, "no system resolver is configured"));
    }
    List<ResolverEndpoint> all = new ArrayList<>(system);
    all.addAll(independent);
    for (ResolverEndpoint r : all) {
      boolean allowed = r.kind() == ResolverKind.SYSTEM ? policy.allowsUserConfigured(r.address().getAddress())
          : policy.allows(r.address().getAddress());
      for (Question q : questions(host, canaryNames)) {
        if (!allowed) {
          done.add(DnsLookup.skipped(r, q.name, q.type, q.canary, policy.deniedReason(r.address().getAddress())
              + " (resolver " + r.id() + ")"));
        } else if (budget.isNegative() || budget.isZero()) {
          done.add(DnsLookup.skipped(r, q.name, q.type, q.canary, "no time left before the deadline"));
        } else {
          pending.add(new Pending(r, q, lookup.ask(r, q.name, q.type, q.canary, budget)));
        }
      }
    }
    boolean cut = false;
    for (Pending p : pending) {
      try {
        Duration left = context.remaining();
        done.add(p.answer.get(left.toNanos(), TimeUnit.NANOSECONDS));
      } catch (TimeoutException | ExecutionException e) {
        cut = true;
        done.add(new DnsQuery(p.resolver.id(), p.resolver.addressText(), p.resolver.kind(), p.question.name,
            Type.string(p.question.type), DnsQueryStatus.TIMEOUT, null, List.of(), List.of(), null,
            p.question.canary, null, "no answer before the probe's deadline"));
      }
    }
    Observations observations = Observations.builder().dns(done).dnsComparisons(ResolverComparison.of(done)).build();
    if (pending.isEmpty()) {
      return new ProbeResult(observations, org.gatewaydoctor.facts.ProbeStatus.SKIPPED,
          "no resolver may be asked: " + done.get(done.size() - 1).detail());
    }
    return cut ? ProbeResult.timedOut(observations, "some questions were still open at the deadline")
        : ProbeResult.ok(observations);
  }

  private static List<Question> questions(String host, List<String> canaryNames) {
    List<Question> out = new ArrayList<>();
    out.add(new Question(host, Type.A, false));
    out.add(new Question(host, Type.AAAA, false));
    for (String c : canaryNames) {
      out.add(new Question(c, Type.A, true));
    }
    return out;
  }

  private record Question(String name, int type, boolean canary) {}

  private record Pending(ResolverEndpoint resolver, Question question, CompletableFuture<DnsQuery> answer) {}
}
