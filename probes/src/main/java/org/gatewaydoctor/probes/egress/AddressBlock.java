package org.gatewaydoctor.probes.egress;

import org.gatewaydoctor.facts.Echo;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.util.Arrays;
import java.util.Locale;

/** An IP address block in CIDR notation ({@code 10.200.0.0/24}, {@code ::1/128}); a bare address is a /32 or /128. */
public final class AddressBlock {

  private final byte[] network;
  private final int prefix;
  private final String text;

  private AddressBlock(byte[] network, int prefix, String text) {
    this.network = network;
    this.prefix = prefix;
    this.text = text;
  }

  /**
   * Parses {@code 10.0.0.0/8}, {@code fc00::/7} or a bare IP literal.
   *
   * @throws IllegalArgumentException when it is neither, naming the text
   */
  public static AddressBlock parse(String text) {
    String t = text.trim();
    int slash = t.indexOf('/');
    String host = slash < 0 ? t : t.substring(0, slash);
    InetAddress address = IpLiteral.parse(host)
        .orElseThrow(() -> new IllegalArgumentException("not an IP address or CIDR block: " + Echo.of(text)));
    int max = address instanceof Inet4Address ? 32 : 128;
    int prefix;
    try {
      prefix = slash < 0 ? max : Integer.parseInt(t.substring(slash + 1));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("not a CIDR prefix length in " + Echo.of(text));
    }
    if (prefix < 0 || prefix > max) {
      throw new IllegalArgumentException("prefix length must be 0.." + max + " in " + Echo.of(text));
    }
    return new AddressBlock(address.getAddress(), prefix, t.toLowerCase(Locale.ROOT));
  }

  /** Whether {@code address} lies in this block (an IPv4 block never contains an IPv6 address). */
  public boolean contains(InetAddress address) {
    byte[] a = address.getAddress();
    if (a.length != network.length) {
      return false;
    }
    int full = prefix / 8;
    for (int i = 0; i < full; i++) {
      if (a[i] != network[i]) {
        return false;
      }
    }
    int rest = prefix % 8;
    if (rest == 0) {
      return true;
    }
    int mask = (0xff << (8 - rest)) & 0xff;
    return (a[full] & mask) == (network[full] & mask);
  }

  @Override
  public String toString() {
    return text;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AddressBlock b && b.prefix == prefix && Arrays.equals(b.network, network);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(network) * 31 + prefix;
  }
}
