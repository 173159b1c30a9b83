package org.gatewaydoctor.facts.statuspage;

import java.util.Objects;

/**
 * One component on a status page.
 *
 * @param id the page's id for it, or null
 * @param name its display name
 * @param status normalised to {@code operational}, {@code degraded_performance},
 *     {@code partial_outage}, {@code major_outage} or {@code under_maintenance}
 */
public record StatusComponent(String id, String name, String status) {
  public StatusComponent {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(status, "status");
  }
}
