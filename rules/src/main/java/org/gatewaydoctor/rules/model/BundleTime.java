package org.gatewaydoctor.rules.model;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/**
 * When the bundle's observations were made, so that rules can measure ages and waits against it
 * and never against the clock: a saved bundle diagnosed next year gives the same answer.
 *
 * @param createdAt the bundle's {@code createdAt} (ISO-8601 instant)
 */
public record BundleTime(String createdAt) {

  /** What a method returns when a date cannot be read: {@value}. Rules treat it as "unknown". */
  public static final long UNKNOWN = Long.MIN_VALUE;

  public BundleTime {
    Objects.requireNonNull(createdAt, "createdAt");
  }

  /** Whole days from {@code date} (ISO date or instant) to the observation, or {@link #UNKNOWN}. */
  public long daysSince(String date) {
    Instant then = parse(date);
    Instant now = parse(createdAt);
    return then == null || now == null ? UNKNOWN : Duration.between(then, now).toDays();
  }

  /** Seconds from the observation to {@code instant} (negative when already past), or {@link #UNKNOWN}. */
  public long secondsUntil(String instant) {
    Instant then = parse(instant);
    Instant now = parse(createdAt);
    return then == null || now == null ? UNKNOWN : Duration.between(now, then).toSeconds();
  }

  /** Whether {@code instant} is known and lies before the observation. */
  public boolean passed(String instant) {
    long s = secondsUntil(instant);
    return s != UNKNOWN && s < 0;
  }

  /** Whether {@code instant} is known and lies after the observation. */
  public boolean ahead(String instant) {
    long s = secondsUntil(instant);
    return s != UNKNOWN && s > 0;
  }

  /** Reads an ISO-8601 instant, offset date-time or plain date (taken as UTC midnight), else null. */
  static Instant parse(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException e) {
      try {
        return LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
      } catch (DateTimeParseException e2) {
        return null;
      }
    }
  }
}
