package org.gatewaydoctor.probes.browser;

import org.gatewaydoctor.facts.Echo;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The sites whose cookies are summarised: each domain matches itself, its leading-dot form
 * ({@code .chatgpt.com}, RFC 6265 §5.2.3 domain cookies) and any subdomain; nothing else.
 */
final class CookieDomains {

  /** Host names (letters, digits, hyphen, underscore, dots), IPv4 literals, or bracket-free IPv6 literals. */
  private static final Pattern DOMAIN = Pattern.compile("[a-z0-9_:-]+(\\.[a-z0-9_-]+)*");

  private final List<String> domains;

  private CookieDomains(List<String> domains) {
    this.domains = domains;
  }

  /**
   * The normalised domains: lower case, leading dot removed.
   *
   * @throws IllegalArgumentException naming the first value that is not a domain
   */
  static CookieDomains of(List<String> raw) {
    Set<String> out = new LinkedHashSet<>();
    for (String value : raw) {
      if (value == null) {
        throw new IllegalArgumentException("cookie domain must not be null");
      }
      String d = value.trim().toLowerCase(Locale.ROOT);
      d = d.startsWith(".") ? d.substring(1) : d;
      if (d.isEmpty() || !DOMAIN.matcher(d).matches()) {
        throw new IllegalArgumentException("cookie domain must be a host name such as chatgpt.com, got " + Echo.of(value));
      }
      out.add(d);
    }
    return new CookieDomains(List.copyOf(out));
  }

  boolean isEmpty() {
    return domains.isEmpty();
  }

  List<String> domains() {
    return domains;
  }

  /** Whether a stored cookie domain ({@code host_key}, {@code host}) belongs to one of the sites. */
  boolean matches(String stored) {
    String h = stored.toLowerCase(Locale.ROOT);
    h = h.startsWith(".") ? h.substring(1) : h;
    for (String d : domains) {
      if (h.equals(d) || h.endsWith("." + d)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A SQL condition on {@code column} that selects these sites' rows, so that other sites' cookies
   * are never even loaded; {@link #sqlParameters()} gives its parameters in order.
   */
  String sqlCondition(String column) {
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < domains.size(); i++) {
      parts.add("lower(" + column + ") = ? OR lower(" + column + ") = ? OR lower(" + column + ") LIKE ? ESCAPE '\\'");
    }
    return parts.isEmpty() ? "0" : "(" + String.join(" OR ", parts) + ")";
  }

  /** The parameters of {@link #sqlCondition(String)}. */
  List<String> sqlParameters() {
    List<String> params = new ArrayList<>();
    for (String d : domains) {
      params.add(d);
      params.add("." + d);
      params.add("%." + d.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_"));
    }
    return params;
  }
}
