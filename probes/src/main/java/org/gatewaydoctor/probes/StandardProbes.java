package org.gatewaydoctor.probes;

import java.net.ProxySelector;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gatewaydoctor.facts.dns.ResolverKind;
import org.gatewaydoctor.probes.connectivity.ConnectivityProbe;
import org.gatewaydoctor.probes.dns.DnsProbe;
import org.gatewaydoctor.probes.egress.EgressPolicy;
import org.gatewaydoctor.probes.http.HttpProbe;
import org.gatewaydoctor.probes.net.DnsLookup;
import org.gatewaydoctor.probes.net.HttpFetcher;
import org.gatewaydoctor.probes.net.NetworkAccess;
import org.gatewaydoctor.probes.net.ProxyRules;
import org.gatewaydoctor.probes.net.ResolverEndpoint;
import org.gatewaydoctor.probes.net.SystemResolvers;
import org.gatewaydoctor.probes.network.NetworkProbe;
import org.gatewaydoctor.probes.statuspage.StatusPageProbe;

/**
 * Wires the standard network probes from settings, in one place: {@code dns}, {@code http},
 * {@code status-page}, {@code connectivity}, {@code network}. The browser probe is added by the
 * front end. Everything a probe contacts comes from the settings and is checked by the policy.
 */
public final class StandardProbes {

  private StandardProbes() {}

  /** The standard probes for {@code settings}, in the order above. */
  public static List<Probe> create(ProbeSettings settings, EgressPolicy policy, Clock clock) {
    NetworkAccess net = networkAccess(settings, policy, clock);
    HttpFetcher fetcher = new HttpFetcher(net);
    Duration request = settings.timeout("request");
    List<Probe> probes = new ArrayList<>();
    probes.add(new DnsProbe(net.systemResolvers(), independentResolvers(settings.independentResolvers()), policy,
        new DnsLookup(clock), settings.timeout(DnsProbe.ID), settings.timeout("dns-query")));
    probes.add(new HttpProbe(fetcher, clock, settings.httpSamples(), settings.httpSpacing(),
        settings.timeout(HttpProbe.ID), request));
    probes.add(settings.statusPageUrl() == null
        ? new NotConfigured(StatusPageProbe.ID, "no status page is configured for service " + settings.service())
        : new StatusPageProbe(fetcher, clock, settings.service(), settings.statusPageUrl(),
            settings.statusPageFormat(), settings.timeout(StatusPageProbe.ID)));
    // One check (TCP or HTTP) of a reference gets at most 2 s: ChromiumOS-style routines stay short.
    Duration perCheck = min(Duration.ofSeconds(2), request);
    probes.add(new ConnectivityProbe(net, fetcher, settings.references(), settings.throughputUrl(),
        settings.timeout(ConnectivityProbe.ID), perCheck));
    probes.add(new NetworkProbe(net, ProxySelector.getDefault(), settings.pacUrl(), settings.ports(),
        settings.timeout(NetworkProbe.ID), perCheck));
    return List.copyOf(probes);
  }

  /**
   * The network access every standard probe shares: the policy, the system resolvers (the
   * override, or the OS configuration via dnsjava), the proxy rules from {@code settings.proxyEnv()}.
   */
  public static NetworkAccess networkAccess(ProbeSettings settings, EgressPolicy policy, Clock clock) {
    List<ResolverEndpoint> system = settings.systemResolvers() == null ? SystemResolvers.fromOs()
        : SystemResolvers.named(settings.systemResolverAddresses());
    return new NetworkAccess(policy, system, ProxyRules.fromEnvironment(settings.proxyEnv()), clock,
        settings.userAgent(), settings.timeout("dns-query"));
  }

  private static List<ResolverEndpoint> independentResolvers(Map<String, String> configured) {
    return configured.entrySet().stream()
        .map(e -> new ResolverEndpoint(e.getKey(), ResolverKind.INDEPENDENT, ResolverEndpoint.parseAddress(e.getValue())))
        .toList();
  }

  private static Duration min(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }

  /** A probe that is not configured: it reports itself skipped with the reason. */
  private record NotConfigured(String id, String reason) implements Probe {
    @Override
    public Duration timeout() {
      return Duration.ofSeconds(1);
    }

    @Override
    public ProbeResult run(ProbeContext context) {
      return ProbeResult.skipped(reason);
    }
  }
}
