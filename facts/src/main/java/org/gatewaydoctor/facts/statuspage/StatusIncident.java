package org.gatewaydoctor.facts.statuspage;

import java.util.List;
import java.util.Objects;
import org.gatewaydoctor.facts.Immutable;

/**
 * An unresolved incident or a maintenance on a status page.
 *
 * @param id the page's id for it, or null
 * @param name its title
 * @param kind {@code incident}, {@code maintenance} (in progress) or {@code scheduled}
 * @param status the page's status word ({@code investigating}, {@code identified},
 *     {@code monitoring}, {@code in_progress}, ...)
 * @param impact {@code none}, {@code minor}, {@code major} or {@code critical}, or null
 * @param startedAt when it started or is scheduled to start (ISO-8601), or null
 * @param endsAt when a maintenance is scheduled to end (ISO-8601), or null
 * @param components names of the affected components
 * @param url a link to it, or null
 */
public record StatusIncident(
    String id,
    String name,
    String kind,
    String status,
    String impact,
    String startedAt,
    String endsAt,
    List<String> components,
    String url) {
  public StatusIncident {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    components = Immutable.list(components);
  }
}
