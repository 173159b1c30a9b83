package org.gatewaydoctor.probes.egress;

import org.gatewaydoctor.facts.Echo;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Which addresses the probes may contact. Every probe checks it after name resolution, on every
 * redirect, for every proxy and for every DNS server, and records anything it may not contact as
 * skipped by policy. Immutable and thread-safe.
 *
 * <p>Two scopes exist:
 *
 * <ul>
 *   <li><b>loopback</b> ({@code GATEWAY_DOCTOR_EGRESS=loopback}): only 127.0.0.0/8 and ::1, plus
 *       addresses added with {@link #allowing(String)} (a test's own network namespace). The user's
 *       configured resolver and proxy get no exception.
 *   <li><b>public</b> (the variable unset): globally routable unicast addresses only; never private
 *       ranges (RFC 1918, RFC 4193 fc00::/7), carrier-grade NAT (RFC 6598), link-local, loopback,
 *       multicast, documentation or reserved ranges. The user's own configuration is the exception:
 *       {@link #allowsUserConfigured} also admits any unicast address for the resolver the OS is
 *       configured with and for a proxy the user configured, because those are where the user's
 *       own traffic goes anyway (a home router at 192.168.1.1, systemd-resolved at 127.0.0.53, a
 *       corporate proxy at 10.1.2.3).
 * </ul>
 *
 * <p>A check that someone else asked for (a client of the HTTP API) is narrowed further with
 * {@link #forRequestedCheck}: both the scope above and the narrowing must allow an address.
 */
public final class EgressPolicy {

  /** The environment variable that selects the scope: {@value}. */
  public static final String ENV = "GATEWAY_DOCTOR_EGRESS";

  private static final List<AddressBlock> LOOPBACK = List.of(AddressBlock.parse("127.0.0.0/8"), AddressBlock.parse("::1/128"));

  /** Ranges that are not globally routable (IANA special-purpose registries, RFC 6890). */
  private static final List<AddressBlock> NOT_PUBLIC = List.of(
      "0.0.0.0/8", "10.0.0.0/8", "100.64.0.0/10", "127.0.0.0/8", "169.254.0.0/16", "172.16.0.0/12",
      "192.0.0.0/24", "192.0.2.0/24", "192.88.99.0/24", "192.168.0.0/16", "198.18.0.0/15", "198.51.100.0/24",
      "203.0.113.0/24", "224.0.0.0/3", "::/127", "64:ff9b:1::/48", "100::/64", "2001:db8::/32",
      "fc00::/7", "fe80::/10", "ff00::/8").stream().map(AddressBlock::parse).toList();

  private final boolean loopbackScope;
  private final List<AddressBlock> extra;
  /** For a requested check: the blocks the operator listed, besides public addresses; null when not narrowed. */
  private final List<AddressBlock> requested;

  private EgressPolicy(boolean loopbackScope, List<AddressBlock> extra, List<AddressBlock> requested) {
    this.loopbackScope = loopbackScope;
    this.extra = List.copyOf(extra);
    this.requested = requested == null ? null : List.copyOf(requested);
  }

  /** Only loopback addresses (127.0.0.0/8, ::1). */
  public static EgressPolicy loopbackOnly() {
    return new EgressPolicy(true, List.of(), null);
  }

  /** Globally routable unicast addresses, plus the user's own resolver and proxy (see the class doc). */
  public static EgressPolicy publicInternet() {
    return new EgressPolicy(false, List.of(), null);
  }

  /**
   * The policy {@code env} asks for: {@code GATEWAY_DOCTOR_EGRESS=loopback} gives
   * {@link #loopbackOnly()}, an unset or empty variable {@link #publicInternet()}.
   *
   * @throws IllegalArgumentException for any other value, naming it
   */
  public static EgressPolicy fromEnvironment(Map<String, String> env) {
    String value = env.get(ENV);
    if (value == null || value.isBlank()) {
      return publicInternet();
    }
    if (value.trim().equalsIgnoreCase("loopback")) {
      return loopbackOnly();
    }
    throw new IllegalArgumentException(ENV + " must be \"loopback\" or unset, got " + Echo.of(value));
  }

  /**
   * This policy that also allows {@code addressOrAddressBlock}, an IP literal or a CIDR block such as
   * {@code 10.200.0.0/24}: a test's network namespace, or an intranet the operator allows.
   *
   * @throws IllegalArgumentException when it is not an IP literal or CIDR block
   */
  public EgressPolicy allowing(String addressOrAddressBlock) {
    List<AddressBlock> more = new ArrayList<>(extra);
    more.add(AddressBlock.parse(addressOrAddressBlock));
    return new EgressPolicy(loopbackScope, more, requested);
  }

  /**
   * This policy narrowed for a check that someone else asked for, such as a client of the HTTP API
   * (no SSRF): an address must be allowed by this policy and also be a public one (not loopback,
   * private, carrier-grade NAT, link-local such as the cloud metadata address 169.254.169.254,
   * multicast, documentation or reserved) unless it lies in one of {@code explicitlyAllowed}, the
   * blocks the operator listed. The resolvers and proxy the operator configured stay as
   * {@link #allowsUserConfigured} says: a client cannot choose them.
   *
   * @param explicitlyAllowed the blocks a requested check may reach although they are not public
   *     (the CIDR entries of {@code checks.allow})
   * @since 0.1.0
   */
  public EgressPolicy forRequestedCheck(List<AddressBlock> explicitlyAllowed) {
    List<AddressBlock> blocks = new ArrayList<>(requested == null ? List.of() : requested);
    blocks.addAll(explicitlyAllowed);
    return new EgressPolicy(loopbackScope, extra, blocks);
  }

  /** Whether the probes may contact {@code address} on their own account. */
  public boolean allows(InetAddress address) {
    Objects.requireNonNull(address, "address");
    return inScope(address) && (requested == null || isPublic(address)
        || requested.stream().anyMatch(b -> b.contains(address)));
  }

  private boolean inScope(InetAddress address) {
    if (extra.stream().anyMatch(c -> c.contains(address))) {
      return true;
    }
    if (loopbackScope) {
      return LOOPBACK.stream().anyMatch(c -> c.contains(address));
    }
    return isPublic(address);
  }

  private static boolean isPublic(InetAddress address) {
    return NOT_PUBLIC.stream().noneMatch(c -> c.contains(address));
  }

  /**
   * Whether the probes may contact {@code address} because the user configured it as their resolver
   * or proxy. Under the loopback scope this is exactly {@link #allows}; under the public scope any
   * unicast address qualifies (not multicast, not the unspecified address).
   */
  public boolean allowsUserConfigured(InetAddress address) {
    if (loopbackScope || inScope(address)) {
      return inScope(address);
    }
    return !address.isMulticastAddress() && !address.isAnyLocalAddress();
  }

  /** Whether this is the loopback-only scope. */
  public boolean loopbackScope() {
    return loopbackScope;
  }

  /** A one-line description, such as {@code loopback only (+ 10.200.0.0/24)}, for reasons and logs. */
  public String describe() {
    String base = loopbackScope ? "loopback only" : "public addresses and the user's own resolver and proxy";
    String scope = extra.isEmpty() ? base
        : base + " (+ " + String.join(", ", extra.stream().map(AddressBlock::toString).toList()) + ")";
    if (requested == null) {
      return scope;
    }
    return scope + "; a requested check: public addresses" + (requested.isEmpty() ? ""
        : " and " + String.join(", ", requested.stream().map(AddressBlock::toString).toList()));
  }

  /** Whether this policy is narrowed for a requested check ({@link #forRequestedCheck}). */
  public boolean requestedCheck() {
    return requested != null;
  }

  /** The reason recorded when {@code address} is not allowed. */
  public String deniedReason(InetAddress address) {
    return "egress policy (" + describe() + ") does not allow " + address.getHostAddress();
  }

  @Override
  public String toString() {
    return "EgressPolicy[" + describe() + "]";
  }
}
