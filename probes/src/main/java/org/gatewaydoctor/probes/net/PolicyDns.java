package org.gatewaydoctor.probes.net;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import okhttp3.Dns;
import org.gatewaydoctor.facts.dns.DnsQuery;
import org.gatewaydoctor.facts.dns.DnsQueryStatus;
import org.gatewaydoctor.probes.egress.EgressDeniedException;
import org.gatewaydoctor.probes.egress.EgressPolicy;
import org.gatewaydoctor.probes.egress.IpLiteral;
import org.xbill.DNS.Type;

/**
 * OkHttp's name resolution through our own DNS layer: dnsjava asks the system resolvers (as the
 * OS is configured, or as overridden), the egress policy is checked for the resolver and for every
 * address returned, and the JVM's {@code InetAddress} resolver is never used. One instance serves
 * one call and never waits beyond its deadline.
 */
public final class PolicyDns implements Dns {

  private final List<ResolverEndpoint> resolvers;
  private final EgressPolicy policy;
  private final Predicate<InetAddress> destinationAllowed;
  private final DnsLookup lookup;
  private final Clock clock;
  private final Instant deadline;
  private final Duration perQuery;
  private final AddressFamily family;

  /**
   * @param resolvers the system resolvers, in the OS's order
   * @param destinationAllowed which resolved addresses may be returned (the policy's
   *     {@code allows}, or {@code allowsUserConfigured} when resolving a proxy's name)
   * @param perQuery the most one question may take (the deadline may cut it shorter)
   */
  public PolicyDns(List<ResolverEndpoint> resolvers, EgressPolicy policy, Predicate<InetAddress> destinationAllowed,
      DnsLookup lookup, Clock clock, Instant deadline, Duration perQuery, AddressFamily family) {
    this.resolvers = List.copyOf(resolvers);
    this.policy = Objects.requireNonNull(policy, "policy");
    this.destinationAllowed = Objects.requireNonNull(destinationAllowed, "destinationAllowed");
    this.lookup = Objects.requireNonNull(lookup, "lookup");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.deadline = Objects.requireNonNull(deadline, "deadline");
    this.perQuery = Objects.requireNonNull(perQuery, "perQuery");
    this.family = Objects.requireNonNull(family, "family");
  }

  @Override
  public List<InetAddress> lookup(String hostname) throws UnknownHostException {
    List<InetAddress> found = resolve(hostname);
    List<InetAddress> allowed = found.stream().filter(family::admits).filter(destinationAllowed).toList();
    if (allowed.isEmpty()) {
      List<InetAddress> inFamily = found.stream().filter(family::admits).toList();
      if (inFamily.isEmpty()) {
        throw new UnknownHostException(hostname + ": no " + family.label() + " address in the answer");
      }
      throw new EgressDeniedException(policy.deniedReason(inFamily.get(0)) + " (" + hostname + ")");
    }
    return allowed;
  }

  private List<InetAddress> resolve(String hostname) throws UnknownHostException {
    var literal = IpLiteral.parse(hostname);
    if (literal.isPresent()) {
      return List.of(literal.get());
    }
    String host = hostname.toLowerCase(Locale.ROOT);
    if (host.equals("localhost") || host.endsWith(".localhost")) {
      // RFC 6761 §6.3: localhost names resolve to loopback without asking any DNS server.
      return List.of(InetAddress.getLoopbackAddress(), IpLiteral.parse("::1").orElseThrow());
    }
    List<ResolverEndpoint> usable = resolvers.stream()
        .filter(r -> policy.allowsUserConfigured(r.address().getAddress())).toList();
    if (usable.isEmpty()) {
      throw new EgressDeniedException(hostname + ": " + (resolvers.isEmpty() ? "no system resolver is configured"
          : "egress policy (" + policy.describe() + ") does not allow the system resolver "
              + resolvers.get(0).addressText()));
    }
    String last = "no answer";
    for (ResolverEndpoint r : usable) {
      List<DnsQuery> answers = askBoth(r, hostname);
      boolean answered = answers.stream().anyMatch(q -> q.status() == DnsQueryStatus.ANSWERED);
      List<InetAddress> addresses = new ArrayList<>();
      for (DnsQuery q : answers) {
        for (String a : q.addresses()) {
          IpLiteral.parse(a).ifPresent(addresses::add);
        }
      }
      if (!addresses.isEmpty()) {
        return addresses;
      }
      last = describe(r, answers);
      if (answered) {
        break; // an authoritative "no" (NXDOMAIN, NOERROR without data, SERVFAIL) is not retried elsewhere
      }
    }
    throw new UnknownHostException(hostname + ": " + last);
  }

  private List<DnsQuery> askBoth(ResolverEndpoint r, String hostname) {
    Duration budget = budget();
    List<CompletableFuture<DnsQuery>> asked = new ArrayList<>();
    if (family != AddressFamily.IPV6) {
      asked.add(lookup.ask(r, hostname, Type.A, false, budget));
    }
    if (family != AddressFamily.IPV4) {
      asked.add(lookup.ask(r, hostname, Type.AAAA, false, budget));
    }
    // A question normally ends within its own timeout; the safety net waits 300 ms more for that,
    // but never past this call's deadline: a resolver client that notices its timeout late (the
    // deadline cut a late answer 180 ms after it, and the whole HTTP probe was abandoned with it)
    // must not carry the caller past its deadline.
    Instant until = clock.instant().plus(budget).plusMillis(300);
    if (until.isAfter(deadline)) {
      until = deadline;
    }
    List<DnsQuery> out = new ArrayList<>();
    for (CompletableFuture<DnsQuery> f : asked) {
      try {
        long wait = Math.max(0, Duration.between(clock.instant(), until).toMillis());
        out.add(f.get(wait, TimeUnit.MILLISECONDS));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      } catch (ExecutionException | TimeoutException e) {
        // DnsLookup completes normally within its own timeout; this is only a safety net.
      }
    }
    return out;
  }

  private Duration budget() {
    Duration left = Duration.between(clock.instant(), deadline);
    if (left.isNegative()) {
      return Duration.ZERO;
    }
    return left.compareTo(perQuery) < 0 ? left : perQuery;
  }

  private static String describe(ResolverEndpoint r, List<DnsQuery> answers) {
    for (DnsQuery q : answers) {
      if (q.status() == DnsQueryStatus.ANSWERED) {
        return q.rcode() + " from " + r.addressText();
      }
    }
    return answers.isEmpty() ? "no answer from " + r.addressText()
        : answers.get(0).status().name().toLowerCase(Locale.ROOT) + " asking " + r.addressText()
            + (answers.get(0).detail() == null ? "" : " (" + answers.get(0).detail() + ")");
  }
}
