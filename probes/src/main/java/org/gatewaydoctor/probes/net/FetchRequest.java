package org.gatewaydoctor.probes.net;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * One bounded HTTP fetch.
 *
 * @param url an http or https URL
 * @param method {@code GET} or {@code HEAD}; nothing else is ever sent
 * @param sample the sample number to record
 * @param maxRedirects how many redirects to follow (0 = none; the 3xx is then the answer)
 * @param maxBodyBytes the most body bytes to read; never more than this is read or kept
 * @param timeout the most the whole fetch may take, redirects included (the deadline may cut it)
 * @param family which address family to connect over
 * @param useProxy whether the environment's proxy rules apply (the target: yes; references: no)
 */
public record FetchRequest(String url, String method, int sample, int maxRedirects, int maxBodyBytes,
    Duration timeout, AddressFamily family, boolean useProxy) {

  /**
   * Redirects followed by default: {@value}, as many as a browser follows before it gives up with
   * {@code ERR_TOO_MANY_REDIRECTS} (Chromium's {@code URLRequest} kMaxRedirects; Firefox's
   * {@code network.http.redirection-limit} is 20 too). A longer chain ends in a
   * {@link org.gatewaydoctor.facts.http.HttpFailure#REDIRECT_LOOP} failure.
   */
  public static final int DEFAULT_MAX_REDIRECTS = 20;

  public FetchRequest {
    Objects.requireNonNull(url, "url");
    method = Objects.requireNonNull(method, "method").toUpperCase(Locale.ROOT);
    if (!method.equals("GET") && !method.equals("HEAD")) {
      throw new IllegalArgumentException("probes send only GET or HEAD, got " + method);
    }
    if (maxRedirects < 0 || maxBodyBytes < 0) {
      throw new IllegalArgumentException("maxRedirects and maxBodyBytes must not be negative");
    }
    Objects.requireNonNull(timeout, "timeout");
    Objects.requireNonNull(family, "family");
  }

  /** A GET of {@code url} that follows redirects and keeps a body excerpt, through the proxy in effect. */
  public static FetchRequest get(String url, int sample, Duration timeout) {
    return new FetchRequest(url, "GET", sample, DEFAULT_MAX_REDIRECTS,
        org.gatewaydoctor.facts.http.HttpExchange.MAX_BODY_EXCERPT_BYTES, timeout, AddressFamily.ANY, true);
  }
}
