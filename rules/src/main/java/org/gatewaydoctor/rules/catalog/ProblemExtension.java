package org.gatewaydoctor.rules.catalog;

import java.util.List;
import java.util.Objects;
import org.gatewaydoctor.facts.Immutable;

/**
 * A browser extension known to break sites or their sign-in ({@code catalog/extensions.yaml}).
 *
 * @param id its store id(s) match by {@code ids}; this is the catalogue's own key
 * @param name display name
 * @param ids store ids in Chrome Web Store, Edge Add-ons and Firefox Add-ons
 * @param kind {@code ad-blocker}, {@code script-blocker}, {@code privacy}, {@code vpn-proxy},
 *     {@code security}, {@code header-modifier}
 * @param reason why it can cause errors, in plain words
 */
public record ProblemExtension(String id, String name, List<String> ids, String kind, String reason) {
  public ProblemExtension {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(reason, "reason");
    ids = Immutable.list(ids);
  }

  /** Whether an installed extension with store id {@code storeId} is this one; for rules. */
  public boolean identifies(String storeId) {
    return ids.contains(storeId);
  }
}
