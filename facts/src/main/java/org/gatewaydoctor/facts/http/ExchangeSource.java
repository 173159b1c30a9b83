package org.gatewaydoctor.facts.http;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Locale;

/**
 * Who sent an HTTP exchange. In a bundle it is written in lower case ({@code "probe"},
 * {@code "har"}); any other value is rejected when the bundle is read.
 *
 * @since bundle schema 1.0 (as a string with these two values; an enum since this release)
 */
public enum ExchangeSource {
  /** This tool sent it, from the user's device. */
  @JsonProperty("probe") PROBE,
  /** The user's browser sent it; read from a HAR file. */
  @JsonProperty("har") HAR;

  /** The name as a bundle writes it ({@code probe} or {@code har}), so messages read as before. */
  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
