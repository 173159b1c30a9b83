package org.gatewaydoctor.probes.dns;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.gatewaydoctor.facts.ProbeStatus;
import org.gatewaydoctor.facts.Target;
import org.gatewaydoctor.facts.dns.DnsComparison;
import org.gatewaydoctor.facts.dns.DnsQuery;
import org.gatewaydoctor.facts.dns.DnsQueryStatus;
import org.gatewaydoctor.facts.dns.ResolverKind;
import org.gatewaydoctor.probes.ProbeContext;
import org.gatewaydoctor.probes.ProbeResult;
import org.gatewaydoctor.probes.egress.EgressPolicy;
import org.gatewaydoctor.probes.net.DnsLookup;
import org.gatewaydoctor.probes.net.ResolverEndpoint;
import org.gatewaydoctor.probes.net.SystemResolvers;
import org.gatewaydoctor.probes.rig.Dnsmasq;
import org.gatewaydoctor.probes.rig.FakeServers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The DNS probe against real dnsmasq resolvers on loopback (TEST-RIG §4) and misbehaving fakes. */
@Timeout(60)
class DnsProbeRigTest {

  @TempDir static Path dir;
  static Dnsmasq honest;
  static Dnsmasq liar;
  static FakeServers fakes = new FakeServers();
  static int blackhole;
  static int garbage;

  private final Clock clock = Clock.systemUTC();
  private final EgressPolicy policy = EgressPolicy.loopbackOnly();

  @BeforeAll
  static void startResolvers() throws Exception {
    int servfail = fakes.dnsServfail();
    blackhole = fakes.dnsBlackhole();
    garbage = fakes.dnsGarbage();
    honest = Dnsmasq.start(dir.resolve("honest"), "host-record=good.test,127.0.0.42\naddress=/nx.test/\nlocal=/test/\n"
        + "server=/sf.test/127.0.0.1#" + servfail + "\n");
    // The liar disagrees about good.test and invents an address for every other name (NXDOMAIN hijacking).
    liar = Dnsmasq.start(dir.resolve("liar"), "host-record=good.test,127.0.0.99\naddress=/#/127.0.0.66\n");
  }

  @AfterAll
  static void stop() throws Exception {
    if (honest != null) {
      honest.close();
    }
    if (liar != null) {
      liar.close();
    }
    fakes.close();
  }

  private ProbeResult run(String host, List<ResolverEndpoint> system, List<ResolverEndpoint> independent) throws Exception {
    DnsProbe probe = new DnsProbe(system, independent, policy, new DnsLookup(clock), Duration.ofSeconds(3),
        Duration.ofSeconds(1), new CanaryNames(() -> "gd-canary-test"));
    return probe.run(new ProbeContext(new Target("http://" + host + "/", "generic", host),
        clock.instant().plus(probe.timeout()), clock));
  }

  private static List<ResolverEndpoint> system(String address) {
    return SystemResolvers.named(List.of(ResolverEndpoint.parseAddress(address)));
  }

  private static ResolverEndpoint independent(String id, String address) {
    return new ResolverEndpoint(id, ResolverKind.INDEPENDENT, ResolverEndpoint.parseAddress(address));
  }

  @Test
  void recordsAnswersRcodesAndLatencyAndComparesResolvers() throws Exception {
    ProbeResult r = run("good.test", system(honest.address()), List.of(independent("liar", liar.address())));
    assertThat(r.status()).isEqualTo(ProbeStatus.OK);
    DnsQuery sysA = find(r, "system", "good.test", "A");
    assertThat(sysA.status()).isEqualTo(DnsQueryStatus.ANSWERED);
    assertThat(sysA.rcode()).isEqualTo("NOERROR");
    assertThat(sysA.addresses()).containsExactly("127.0.0.42");
    assertThat(sysA.latencyMs()).isNotNull().isPositive();
    assertThat(sysA.resolverAddress()).isEqualTo(honest.address());
    assertThat(find(r, "liar", "good.test", "A").addresses()).containsExactly("127.0.0.99");
    DnsComparison a = r.observations().dnsComparisons().stream().filter(c -> c.type().equals("A")).findFirst().orElseThrow();
    assertThat(a.resolvers()).containsExactly("system", "liar");
    assertThat(a.distinctAnswerSets()).isEqualTo(2);
    assertThat(a.commonAddresses()).isEmpty();
  }

  @Test
  void canaryCatchesAResolverThatInventsAnswers() throws Exception {
    ProbeResult r = run("good.test", system(honest.address()), List.of(independent("liar", liar.address())));
    DnsQuery honestCanary = find(r, "system", "gd-canary-test.good.test", "A");
    assertThat(honestCanary.canary()).isTrue();
    assertThat(honestCanary.rcode()).isEqualTo("NXDOMAIN");
    DnsQuery lie = find(r, "liar", "gd-canary-test.good.test", "A");
    assertThat(lie.canary()).isTrue();
    assertThat(lie.rcode()).isEqualTo("NOERROR");
    assertThat(lie.addresses()).containsExactly("127.0.0.66");
    assertThat(find(r, "liar", "gd-canary-test.invalid", "A").addresses()).containsExactly("127.0.0.66");
  }

  @Test
  void recordsNxdomainServfailAndRefused() throws Exception {
    assertThat(find(run("nx.test", system(honest.address()), List.of()), "system", "nx.test", "A").rcode())
        .isEqualTo("NXDOMAIN");
    assertThat(find(run("x.sf.test", system(honest.address()), List.of()), "system", "x.sf.test", "A").rcode())
        .isEqualTo("SERVFAIL");
    // dnsmasq with no-resolv refuses names it has no server for (TEST-RIG §4).
    DnsQuery refused = find(run("example.com", system(honest.address()), List.of()), "system", "example.com", "A");
    assertThat(refused.rcode()).isEqualTo("REFUSED");
  }

  @Test
  void silenceIsATimeoutAndGarbageIsAnError() throws Exception {
    ProbeResult r = run("good.test", system("127.0.0.1:" + blackhole),
        List.of(independent("garbage", "127.0.0.1:" + garbage)));
    DnsQuery silent = find(r, "system", "good.test", "A");
    assertThat(silent.status()).isEqualTo(DnsQueryStatus.TIMEOUT);
    assertThat(silent.rcode()).isNull();
    DnsQuery junk = find(r, "garbage", "good.test", "A");
    assertThat(junk.status()).isIn(DnsQueryStatus.ERROR, DnsQueryStatus.TIMEOUT);
    assertThat(junk.detail()).isNotBlank();
  }

  @Test
  void theOsResolverIsSkippedByTheLoopbackPolicyAndSaysWhy() throws Exception {
    List<ResolverEndpoint> os = SystemResolvers.fromOs();
    ProbeResult r = run("good.test", os, List.of(independent("public", "1.1.1.1:53")));
    assertThat(r.status()).isEqualTo(ProbeStatus.SKIPPED);
    assertThat(r.observations().dns()).allSatisfy(q -> {
      assertThat(q.status()).isEqualTo(DnsQueryStatus.SKIPPED);
      assertThat(q.detail()).contains("egress policy (loopback only) does not allow");
    });
    if (!os.isEmpty()) {
      assertThat(find(r, "system", "good.test", "A").detail()).contains(os.get(0).address().getAddress().getHostAddress());
    }
  }

  private static DnsQuery find(ProbeResult r, String resolver, String name, String type) {
    return r.observations().dns().stream()
        .filter(q -> q.resolver().equals(resolver) && q.name().equals(name) && q.type().equals(type))
        .findFirst().orElseThrow(() -> new AssertionError("no " + type + " " + name + " from " + resolver + " in "
            + r.observations().dns()));
  }
}
