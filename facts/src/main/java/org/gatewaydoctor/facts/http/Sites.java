package org.gatewaydoctor.facts.http;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;

/**
 * Sites as the registrable part of a host name ({@code chatgpt.com} for {@code ab.chatgpt.com}),
 * approximated without the public suffix list: the last two labels, or three under a two-letter
 * country code whose second level is short ({@code example.co.uk}). An IP literal is its own site.
 * Both a HAR's page samples and the rules that ask whether a redirect left the site use it.
 */
public final class Sites {

  private Sites() {}

  /** The site of {@code host}; {@code host} itself when it has at most two labels. */
  public static String of(String host) {
    String h = host.toLowerCase(Locale.ROOT);
    if (h.startsWith("[") || h.indexOf(':') >= 0 || h.matches("[0-9.]+")) {
      return h;
    }
    String[] labels = h.split("\\.");
    if (labels.length <= 2) {
      return h;
    }
    int keep = labels[labels.length - 1].length() == 2 && labels[labels.length - 2].length() <= 3 ? 3 : 2;
    return String.join(".", Arrays.copyOfRange(labels, labels.length - keep, labels.length));
  }

  /** The site of an http(s) URL's host, or null when {@code url} has no host. */
  public static String ofUrl(String url) {
    String host = host(url);
    return host == null ? null : of(host);
  }

  /** The host of {@code url} in lower case, or null when it is not an absolute URL with a host. */
  public static String host(String url) {
    if (url == null) {
      return null;
    }
    try {
      String host = new URI(url.trim()).getHost();
      return host == null ? null : host.toLowerCase(Locale.ROOT);
    } catch (URISyntaxException e) {
      // A redacted URL ("[redacted]" in its path or query) is no valid URI, but its host is intact.
      java.util.regex.Matcher m = AUTHORITY.matcher(url.trim());
      return m.find() && !m.group(1).isEmpty() ? m.group(1).toLowerCase(Locale.ROOT) : null;
    }
  }

  /** The host of an absolute http(s) URL (RFC 3986 section 3.2), after any userinfo, before any port. */
  private static final java.util.regex.Pattern AUTHORITY = java.util.regex.Pattern.compile(
      "^(?i:https?)://(?:[^/?#@]*@)?(\\[[0-9A-Fa-f:.]+\\]|[^/?#:\\[\\]@\\s]*)");

  /** Whether {@code host} is one of {@code hosts} or below one of them. */
  public static boolean owns(Collection<String> hosts, String host) {
    String h = host.toLowerCase(Locale.ROOT);
    return hosts.stream().anyMatch(o -> h.equals(o) || h.endsWith("." + o));
  }
}
