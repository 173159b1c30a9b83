package org.gatewaydoctor.facts.browser;

import java.util.Objects;

/**
 * The cookies one profile holds for one of the target's domains. No value is ever read.
 *
 * @param domain the cookie domain as stored ({@code .chatgpt.com})
 * @param count how many cookies
 * @param totalBytes the sum of name and value lengths, the size they add to a request header
 * @param largestBytes the largest single cookie (name plus value)
 * @param expired how many are past their expiry but still stored
 * @param expiringSoon how many expire within the next hour
 * @param sessionLike how many look like sign-in session cookies by name
 * @param sessionExpiresAt the earliest expiry of a session-like cookie (ISO-8601), or null
 * @param headerBytes the size of the {@code Cookie:} header they would form together
 */
public record CookieSummary(
    String domain,
    int count,
    long totalBytes,
    long largestBytes,
    int expired,
    int expiringSoon,
    int sessionLike,
    String sessionExpiresAt,
    long headerBytes) {
  public CookieSummary {
    Objects.requireNonNull(domain, "domain");
  }
}
