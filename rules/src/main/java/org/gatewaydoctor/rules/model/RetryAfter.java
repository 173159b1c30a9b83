package org.gatewaydoctor.rules.model;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import org.gatewaydoctor.facts.http.HttpExchange;

/** Reads {@code Retry-After} (RFC 9110 §10.2.3): delay-seconds, or an HTTP-date relative to {@code Date}. */
public final class RetryAfter {

  private RetryAfter() {}

  /** The delay the exchange's Retry-After asks for, in seconds, or -1 when absent or unreadable. */
  public static int seconds(HttpExchange exchange) {
    String value = exchange.header("Retry-After").map(String::trim).orElse("");
    if (value.isEmpty()) {
      return -1;
    }
    if (value.chars().allMatch(Character::isDigit)) {
      try {
        return (int) Math.min(Integer.MAX_VALUE, Long.parseLong(value));
      } catch (NumberFormatException e) {
        return -1;
      }
    }
    // An HTTP-date means "after this time": measure it from the response's own Date header, never
    // from the clock, so that a saved bundle gives the same answer tomorrow.
    String date = exchange.header("Date").orElse("");
    try {
      ZonedDateTime when = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME);
      ZonedDateTime now = ZonedDateTime.parse(date, DateTimeFormatter.RFC_1123_DATE_TIME);
      long s = Duration.between(now, when).toSeconds();
      return s < 0 ? 0 : (int) Math.min(Integer.MAX_VALUE, s);
    } catch (DateTimeParseException e) {
      return -1;
    }
  }
}
