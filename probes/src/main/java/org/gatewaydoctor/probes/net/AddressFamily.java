package org.gatewaydoctor.probes.net;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;

/** Which IP family a lookup or connection may use. */
public enum AddressFamily {
  /** Either family, IPv4 and IPv6 answers both kept. */
  ANY,
  /** IPv4 only (A records). */
  IPV4,
  /** IPv6 only (AAAA records). */
  IPV6;

  /** Whether {@code address} belongs to this family. */
  public boolean admits(InetAddress address) {
    return this == ANY || (this == IPV4 ? address instanceof Inet4Address : address instanceof Inet6Address);
  }

  /** The name used in observations: {@code ipv4} or {@code ipv6} ({@code any} for ANY). */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
