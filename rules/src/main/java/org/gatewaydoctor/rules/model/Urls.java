package org.gatewaydoctor.rules.model;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.List;
import java.util.Objects;
import org.gatewaydoctor.facts.http.Sites;

/** Reads URLs for the rules; it reads, never judges. */
public final class Urls {

  private Urls() {}

  /**
   * The origin of {@code url} as {@code scheme://host:port} (lower case, the scheme's default port
   * filled in), or null when it is not an absolute http(s) URL.
   */
  public static String origin(String url) {
    if (url == null) {
      return null;
    }
    try {
      URI u = new URI(url.trim());
      String scheme = u.getScheme() == null ? null : u.getScheme().toLowerCase(Locale.ROOT);
      if (u.getHost() == null || !("http".equals(scheme) || "https".equals(scheme))) {
        return null;
      }
      int port = u.getPort() >= 0 ? u.getPort() : "https".equals(scheme) ? 443 : 80;
      return scheme + "://" + u.getHost().toLowerCase(Locale.ROOT) + ":" + port;
    } catch (URISyntaxException e) {
      return null;
    }
  }

  /** Whether both are http(s) URLs of the same origin (scheme, host and port). */
  public static boolean sameOrigin(String a, String b) {
    String origin = origin(a);
    return origin != null && Objects.equals(origin, origin(b));
  }

  /** The last of {@code urls} whose site is not {@code site} (where a redirect chain left it), or null. */
  public static String leftSite(List<String> urls, String site) {
    String out = null;
    for (String url : urls) {
      String s = Sites.ofUrl(url);
      if (s != null && !s.equals(site)) {
        out = url;
      }
    }
    return out;
  }
}
