package org.gatewaydoctor.probes.browser;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.gatewaydoctor.facts.browser.CookieSummary;

/** Adds up one stored domain's cookies into a {@link CookieSummary}; one instance per domain. */
final class CookieTally {

  /** "Expiring soon" means within this long from now, as {@link CookieSummary#expiringSoon()} documents. */
  static final Duration SOON = Duration.ofHours(1);

  /** {@code Cookie: } before the pairs: the header line servers measure (nginx large_client_header_buffers). */
  private static final int HEADER_PREFIX = "Cookie: ".length();

  private final String domain;
  private final Instant now;
  private int count;
  private long total;
  private long largest;
  private int expired;
  private int soon;
  private int sessionLike;
  private int live;
  private long liveBytes;
  private Instant sessionExpiry;
  private boolean estimated;

  private CookieTally(String domain, Instant now) {
    this.domain = domain;
    this.now = now;
  }

  /** One summary per stored domain, in domain order; {@code now} decides expired and expiring soon. */
  static List<CookieSummary> summarise(List<CookieRow> rows, Instant now) {
    Map<String, CookieTally> byDomain = new TreeMap<>();
    for (CookieRow row : rows) {
      byDomain.computeIfAbsent(row.domain(), d -> new CookieTally(d, now)).add(row);
    }
    List<CookieSummary> out = new ArrayList<>();
    byDomain.values().forEach(t -> out.add(t.summary()));
    return out;
  }

  private void add(CookieRow row) {
    long size = row.name().getBytes(StandardCharsets.UTF_8).length + row.valueBytes();
    count++;
    estimated |= row.estimated();
    total += size;
    largest = Math.max(largest, size);
    Instant expires = row.expires();
    if (expires != null && !expires.isAfter(now)) {
      expired++; // still stored, but a browser neither sends nor keeps it
    } else {
      live++;
      liveBytes += size;
      if (expires != null && expires.isBefore(now.plus(SOON))) {
        soon++;
      }
    }
    if (SessionCookieNames.isSessionLike(row.name())) {
      sessionLike++;
      if (expires != null && (sessionExpiry == null || expires.isBefore(sessionExpiry))) {
        sessionExpiry = expires;
      }
    }
  }

  private CookieSummary summary() {
    // RFC 6265 §5.4: the browser sends the unexpired pairs as "name=value" joined by "; ".
    long header = live == 0 ? 0 : HEADER_PREFIX + liveBytes + live + 2L * (live - 1);
    String expiry = sessionExpiry == null ? null : sessionExpiry.truncatedTo(ChronoUnit.SECONDS).toString();
    return new CookieSummary(domain, count, total, largest, expired, soon, sessionLike, expiry, header, estimated);
  }
}
