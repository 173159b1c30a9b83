package org.gatewaydoctor.facts.statuspage;

import java.util.List;
import java.util.Objects;
import org.gatewaydoctor.facts.Immutable;

/**
 * What the service's official status page said, or that it could not be read. An unreadable page
 * says nothing about the service: it is never evidence of an outage.
 *
 * @param service the service profile id the page belongs to
 * @param url the URL that was read
 * @param format {@code statuspage-v2}, {@code incident-io} or {@code feed}
 * @param readable whether the page was fetched and understood
 * @param indicator the page's overall indicator normalised to {@code none}, {@code minor},
 *     {@code major}, {@code critical} or {@code maintenance}; null when unreadable or not given
 * @param description the page's own overall description, or null
 * @param components the components and their statuses, in page order
 * @param incidents unresolved incidents and maintenances in progress or scheduled
 * @param detail why the page could not be read, or null
 * @param fetchedAt when it was read (ISO-8601 instant), or null
 */
public record StatusPageReport(
    String service,
    String url,
    String format,
    boolean readable,
    String indicator,
    String description,
    List<StatusComponent> components,
    List<StatusIncident> incidents,
    String detail,
    String fetchedAt) {
  public StatusPageReport {
    Objects.requireNonNull(service, "service");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(format, "format");
    components = Immutable.list(components);
    incidents = Immutable.list(incidents);
  }
}
