package org.gatewaydoctor.probes.net;

import org.gatewaydoctor.facts.Echo;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Objects;
import org.gatewaydoctor.facts.dns.ResolverKind;
import org.gatewaydoctor.probes.egress.IpLiteral;

/**
 * One DNS server the probes may ask.
 *
 * @param id {@code system} (or {@code system-2}, ... for further OS resolvers) or the configured
 *     name of an independent resolver
 * @param kind whether the OS uses it or we ask it for comparison
 * @param address its address and port
 */
public record ResolverEndpoint(String id, ResolverKind kind, InetSocketAddress address) {

  /** The standard DNS port: {@value}. */
  public static final int DNS_PORT = 53;

  public ResolverEndpoint {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(address, "address");
    if (address.isUnresolved()) {
      throw new IllegalArgumentException("a resolver is an IP address, got " + address.getHostString());
    }
  }

  /** The address as {@code ip:port} ({@code [v6]:port} for IPv6). */
  public String addressText() {
    return hostPort(address);
  }

  /**
   * Parses {@code ip:port}, {@code [v6]:port}, a bare IPv4 or IPv6 address (port 53).
   *
   * @throws IllegalArgumentException when it is none of those, naming the text
   */
  public static InetSocketAddress parseAddress(String text) {
    String t = Objects.requireNonNull(text, "text").trim();
    String host = t;
    int port = DNS_PORT;
    if (t.startsWith("[")) {
      int close = t.indexOf(']');
      if (close < 0) {
        throw new IllegalArgumentException("expected [IPv6]:port, got " + Echo.of(text));
      }
      host = t.substring(1, close);
      if (close + 1 < t.length()) {
        port = port(t.substring(close + 1), text);
      }
    } else if (t.indexOf(':') == t.lastIndexOf(':') && t.indexOf(':') > 0) {
      host = t.substring(0, t.indexOf(':'));
      port = port(t.substring(t.indexOf(':')), text);
    }
    InetAddress address = IpLiteral.parse(host)
        .orElseThrow(() -> new IllegalArgumentException("expected an IP address with an optional port, got " + Echo.of(text)));
    return new InetSocketAddress(address, port);
  }

  /** {@code ip:port}, with brackets around IPv6. */
  public static String hostPort(InetSocketAddress a) {
    String ip = a.getAddress() == null ? a.getHostString() : a.getAddress().getHostAddress();
    return (ip.indexOf(':') >= 0 ? "[" + ip + "]" : ip) + ":" + a.getPort();
  }

  private static int port(String colonPort, String text) {
    try {
      int p = Integer.parseInt(colonPort.substring(1));
      if (p < 1 || p > 65535) {
        throw new NumberFormatException();
      }
      return p;
    } catch (NumberFormatException | StringIndexOutOfBoundsException e) {
      throw new IllegalArgumentException("port must be 1..65535 in " + Echo.of(text));
    }
  }
}
