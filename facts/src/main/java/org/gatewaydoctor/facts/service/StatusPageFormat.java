package org.gatewaydoctor.facts.service;

import java.util.Locale;

/**
 * The format a service's status page is read in; a service profile names one.
 *
 * @since 0.1.0
 */
public enum StatusPageFormat {
  /** Atlassian Statuspage v2: {@code /api/v2/summary.json}. */
  STATUSPAGE_V2("statuspage-v2"),
  /** incident.io's public Widget API (JSON with {@code ongoing_incidents} and maintenances). */
  INCIDENT_IO("incident-io"),
  /** An RSS 2.0 or Atom feed of incidents, the fallback when no API is offered. */
  FEED("feed");

  private final String id;

  StatusPageFormat(String id) {
    this.id = id;
  }

  /** The id used in observations, profiles and configuration: {@code statuspage-v2}, {@code incident-io}, {@code feed}. */
  public String id() {
    return id;
  }

  /** The id, as written in profiles and documents. */
  @Override
  public String toString() {
    return id;
  }

  /**
   * The format with this id (as in {@link #id()}).
   *
   * @throws IllegalArgumentException naming the value and the known ids
   */
  public static StatusPageFormat ofId(String id) {
    for (StatusPageFormat f : values()) {
      if (f.id.equals(id.trim().toLowerCase(Locale.ROOT))) {
        return f;
      }
    }
    throw new IllegalArgumentException("unknown status page format \"" + id
        + "\"; expected statuspage-v2, incident-io or feed");
  }
}
