package org.gatewaydoctor.probes.net;

import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import org.gatewaydoctor.facts.dns.ResolverKind;
import org.xbill.DNS.ResolverConfig;

/**
 * The resolvers the operating system is configured with, as dnsjava's {@link ResolverConfig} finds
 * them: {@code /etc/resolv.conf} on Linux and macOS (on macOS configd writes the primary resolvers
 * there), the IP Helper API on Windows (needs JNA on the class path; without it dnsjava falls back
 * to the JVM's own view of the DNS configuration), system properties {@code dns.server} and
 * {@code dns.search} when set. Reading the configuration sends nothing.
 */
public final class SystemResolvers {

  private SystemResolvers() {}

  /** The OS's resolvers as endpoints {@code system}, {@code system-2}, ... in configured order. */
  public static List<ResolverEndpoint> fromOs() {
    return named(ResolverConfig.getCurrentConfig().servers());
  }

  /** The given addresses (an override) as endpoints {@code system}, {@code system-2}, ... */
  public static List<ResolverEndpoint> named(List<InetSocketAddress> addresses) {
    List<ResolverEndpoint> out = new ArrayList<>();
    for (InetSocketAddress a : addresses) {
      out.add(new ResolverEndpoint(out.isEmpty() ? "system" : "system-" + (out.size() + 1), ResolverKind.SYSTEM, a));
    }
    return out;
  }
}
