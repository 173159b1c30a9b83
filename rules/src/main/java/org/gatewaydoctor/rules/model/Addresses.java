package org.gatewaydoctor.rules.model;

import java.util.Collection;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Classifies IP address literals as not publicly routable (RFC 6890 special-purpose registries),
 * the addresses DNS filters answer with to block a name (0.0.0.0, 127.0.0.1, private ranges of an
 * internal block page). Parses text only: it never resolves anything.
 */
public final class Addresses {

  private static final Pattern IPV4 = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");

  private Addresses() {}

  /** Whether every address in {@code addresses} is non-public; false for an empty collection. */
  public static boolean allNonPublic(Collection<String> addresses) {
    return !addresses.isEmpty() && addresses.stream().allMatch(Addresses::nonPublic);
  }

  /**
   * Whether {@code address} is an IPv4 or IPv6 literal in a range that is not publicly routable:
   * "this network" 0/8, loopback 127/8 and ::1, unspecified ::, RFC 1918 private 10/8, 172.16/12,
   * 192.168/16, link-local 169.254/16 and fe80::/10, unique-local fc00::/7. Anything unreadable is
   * not called non-public.
   */
  public static boolean nonPublic(String address) {
    if (address == null) {
      return false;
    }
    String a = address.trim().toLowerCase(Locale.ROOT);
    Matcher m = IPV4.matcher(a.startsWith("::ffff:") ? a.substring(7) : a);
    if (m.matches()) {
      int first = Integer.parseInt(m.group(1));
      int second = Integer.parseInt(m.group(2));
      return first == 0 || first == 127 || first == 10
          || (first == 172 && second >= 16 && second <= 31)
          || (first == 192 && second == 168)
          || (first == 169 && second == 254);
    }
    if (!a.contains(":")) {
      return false;
    }
    if (a.equals("::") || a.equals("::1")) {
      return true;
    }
    return a.startsWith("fc") || a.startsWith("fd") || a.startsWith("fe8") || a.startsWith("fe9")
        || a.startsWith("fea") || a.startsWith("feb");
  }
}
