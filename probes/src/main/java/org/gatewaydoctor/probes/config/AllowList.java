package org.gatewaydoctor.probes.config;

import org.gatewaydoctor.facts.Echo;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.gatewaydoctor.probes.egress.AddressBlock;
import org.gatewaydoctor.probes.egress.IpLiteral;

/**
 * Which targets the HTTP API may check live ({@code checks.allow}): host names, domain suffixes
 * ({@code .corp.example} or {@code *.corp.example}: every name below it) and IP blocks in CIDR
 * notation ({@code 10.20.0.0/16}, a single address without a prefix). Empty allows nothing: live
 * checks through the API are denied unless the operator lists their targets. Immutable.
 *
 * @param entries the entries as written, in order
 * @since 0.1.0
 */
public record AllowList(List<String> entries) {

  /** What allows nothing, the default. */
  public static final AllowList NONE = new AllowList(List.of());

  // RFC 1123 host names: labels of letters, digits and hyphens, not starting or ending with a hyphen.
  private static final Pattern HOST =
      Pattern.compile("(?i)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*");

  /** @throws IllegalArgumentException naming the first entry that is no host, suffix or CIDR block */
  public AllowList {
    entries = List.copyOf(entries);
    for (String e : entries) {
      kindOf(e);
    }
  }

  /** Whether the target host {@code host} (a name or an IP literal) is allowed. */
  public boolean allowsHost(String host) {
    String h = host.toLowerCase(Locale.ROOT);
    var literal = IpLiteral.parse(h);
    if (literal.isPresent()) {
      return allowsAddress(literal.get());
    }
    for (String e : entries) {
      String entry = e.toLowerCase(Locale.ROOT);
      Kind kind = kindOf(entry);
      if (kind == Kind.HOST && h.equals(entry)) {
        return true;
      }
      if (kind == Kind.SUFFIX && h.endsWith(entry.startsWith("*") ? entry.substring(1) : entry)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the address {@code address} is in one of the listed blocks (a target's resolved address). */
  public boolean allowsAddress(InetAddress address) {
    return blocks().stream().anyMatch(b -> b.contains(address));
  }

  /**
   * The IP blocks among the entries: the addresses a check may reach although they are not public
   * (loopback, private, link-local), because the operator listed them.
   */
  public List<AddressBlock> blocks() {
    return entries.stream().filter(e -> kindOf(e) == Kind.BLOCK).map(AddressBlock::parse).toList();
  }

  /** The kinds of entry, for messages and docs. */
  private enum Kind { HOST, SUFFIX, BLOCK }

  private static Kind kindOf(String entry) {
    String e = entry.trim();
    if (e.startsWith("*.") || e.startsWith(".")) {
      if (HOST.matcher(e.substring(e.indexOf('.') + 1)).matches()) {
        return Kind.SUFFIX;
      }
    } else if (IpLiteral.is(e.contains("/") ? e.substring(0, e.indexOf('/')) : e)) {
      AddressBlock.parse(e); // a bad prefix length is named by the parser
      return Kind.BLOCK;
    } else if (HOST.matcher(e).matches()) {
      return Kind.HOST;
    }
    throw new IllegalArgumentException("expected a host name (wiki.corp.example), a suffix (.corp.example or "
        + "*.corp.example) or an IP block (10.20.0.0/16), got " + Echo.of(entry));
  }

  /** The entries, each checked (for the loader, which locates a bad one). */
  static List<String> checked(List<String> given) {
    List<String> out = new ArrayList<>();
    for (String e : given) {
      kindOf(e);
      out.add(e.trim());
    }
    return out;
  }
}
