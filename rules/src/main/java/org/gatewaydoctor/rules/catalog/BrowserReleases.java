package org.gatewaydoctor.rules.catalog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gatewaydoctor.rules.model.BrowserVersions;

/**
 * The release dates of {@code catalog/browsers.yaml} as one fact, by browser family: rules ask it
 * for a browser's releases ({@code from $rs.of( $p.browser() )}) rather than joining each profile
 * with every release fact in every session. Immutable; it decides nothing.
 */
public final class BrowserReleases {

  private final Map<String, List<BrowserRelease>> byFamily;

  /** The releases {@code releases}, grouped by family in catalogue order. */
  public BrowserReleases(List<BrowserRelease> releases) {
    Map<String, List<BrowserRelease>> families = new LinkedHashMap<>();
    releases.forEach(r -> families.computeIfAbsent(r.browser(), b -> new ArrayList<>()).add(r));
    families.replaceAll((family, list) -> List.copyOf(list));
    this.byFamily = Map.copyOf(families);
  }

  /** The releases of {@code browser}'s family ({@code edge} is chrome), oldest first; empty when unknown. For rules. */
  public List<BrowserRelease> of(String browser) {
    return byFamily.getOrDefault(BrowserVersions.family(browser), List.of());
  }

  @Override
  public String toString() {
    return "BrowserReleases" + byFamily.keySet();
  }
}
