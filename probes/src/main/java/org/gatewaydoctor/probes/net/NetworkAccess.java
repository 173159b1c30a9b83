package org.gatewaydoctor.probes.net;

import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import org.gatewaydoctor.probes.egress.EgressPolicy;

/**
 * What every probe needs to reach the network the same way: the egress policy, the system
 * resolvers (as the OS is configured, or overridden), the proxy rules, the clock and our user agent.
 *
 * @param policy which addresses may be contacted
 * @param systemResolvers the resolvers the OS uses (or the override), in order; may be empty
 * @param proxies the proxy configuration in effect
 * @param clock the clock for every measurement
 * @param userAgent the User-Agent we send
 * @param dnsQueryTimeout the most one DNS question may take
 */
public record NetworkAccess(EgressPolicy policy, List<ResolverEndpoint> systemResolvers, ProxyRules proxies,
    Clock clock, String userAgent, Duration dnsQueryTimeout) {

  public NetworkAccess {
    Objects.requireNonNull(policy, "policy");
    systemResolvers = List.copyOf(systemResolvers);
    Objects.requireNonNull(proxies, "proxies");
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(userAgent, "userAgent");
    Objects.requireNonNull(dnsQueryTimeout, "dnsQueryTimeout");
  }

  /** A resolver for one call that ends by {@code deadline}, returning only addresses the policy allows. */
  public PolicyDns dns(Instant deadline, AddressFamily family) {
    return dns(deadline, family, policy::allows);
  }

  /** As {@link #dns(Instant, AddressFamily)}, with the given test for returned addresses. */
  public PolicyDns dns(Instant deadline, AddressFamily family, Predicate<InetAddress> allowed) {
    return new PolicyDns(systemResolvers, policy, allowed, new DnsLookup(clock), clock, deadline, dnsQueryTimeout,
        family);
  }
}
