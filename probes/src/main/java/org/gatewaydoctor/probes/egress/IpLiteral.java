package org.gatewaydoctor.probes.egress;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import org.xbill.DNS.Address;

/** Parses IP literals without ever asking a resolver (the JVM's {@code getByName} would, for a name). */
public final class IpLiteral {

  private IpLiteral() {}

  /**
   * The address {@code text} spells, or empty when it is not an IPv4 or IPv6 literal. Brackets
   * around IPv6 (as in URLs) are accepted; zone ids are not.
   */
  public static Optional<InetAddress> parse(String text) {
    if (text == null || text.isEmpty()) {
      return Optional.empty();
    }
    String t = text.startsWith("[") && text.endsWith("]") ? text.substring(1, text.length() - 1) : text;
    byte[] bytes = Address.toByteArray(t, Address.IPv4);
    if (bytes == null) {
      bytes = Address.toByteArray(t, Address.IPv6);
    }
    if (bytes == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(InetAddress.getByAddress(bytes));
    } catch (UnknownHostException e) {
      // getByAddress throws only for a wrong length, which toByteArray never returns.
      throw new IllegalStateException(e);
    }
  }

  /** Whether {@code text} is an IP literal. */
  public static boolean is(String text) {
    return parse(text).isPresent();
  }
}
