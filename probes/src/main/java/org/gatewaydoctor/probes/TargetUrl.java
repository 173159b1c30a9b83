package org.gatewaydoctor.probes;

import org.gatewaydoctor.facts.Echo;
import java.util.Objects;
import okhttp3.HttpUrl;
import org.gatewaydoctor.facts.Target;

/**
 * The URL a check is aimed at, parsed once where it enters (the command line, an API request, a
 * profile) so that no probe parses a string again: an absolute {@code http} or {@code https} URL
 * with its host and port.
 *
 * @param text the URL in normal form (as OkHttp writes it: lower-case scheme and host, a path of at least "/")
 * @param scheme {@code http} or {@code https}
 * @param host the host name or IP literal (IPv6 without brackets)
 * @param port the port, explicit or the scheme's default
 * @since 0.1.0
 */
public record TargetUrl(String text, String scheme, String host, int port) {

  /** @throws IllegalArgumentException when the parts do not make an http(s) URL */
  public TargetUrl {
    Objects.requireNonNull(text, "text");
    if (!"http".equals(scheme) && !"https".equals(scheme)) {
      throw new IllegalArgumentException("scheme must be http or https, got " + scheme);
    }
    Objects.requireNonNull(host, "host");
    if (port < 1 || port > 65535) {
      throw new IllegalArgumentException("port must be 1..65535, got " + port);
    }
  }

  /**
   * Parses {@code url}, an absolute http(s) URL.
   *
   * @throws IllegalArgumentException with a message for the user naming the value, such as
   *     {@code not an http(s) URL: "ftp://example.com/"; give one such as https://chatgpt.com/}
   */
  public static TargetUrl parse(String url) {
    HttpUrl parsed = url == null ? null : HttpUrl.parse(url.trim());
    if (parsed == null) {
      throw new IllegalArgumentException("not an http(s) URL: " + Echo.url(url) + "; give one such as https://chatgpt.com/");
    }
    return new TargetUrl(parsed.toString(), parsed.scheme(), parsed.host(), parsed.port());
  }

  /** Whether the scheme is https. */
  public boolean https() {
    return scheme.equals("https");
  }

  /** The target as the fact model records it, for service profile {@code service}. */
  public Target target(String service) {
    return new Target(text, service, host);
  }

  /** The URL text. */
  @Override
  public String toString() {
    return text;
  }
}
