package org.gatewaydoctor.rules.catalog;

import java.util.Objects;

/**
 * What a product means by one status code.
 *
 * @param meaning a plain clause that completes "the gateway ...", such as "could not reach the
 *     site's server (connection refused)"
 * @param fault where the fault lies: {@code origin} (the site's server behind it), {@code edge}
 *     (the product itself), {@code upstream} (something behind it, unspecified), {@code destination}
 *     (for a forward proxy: the site it tried to reach), {@code client} (the request), or
 *     {@code policy} (a deliberate block)
 */
public record CodeMeaning(String meaning, String fault) {
  public CodeMeaning {
    Objects.requireNonNull(meaning, "meaning");
    Objects.requireNonNull(fault, "fault");
  }
}
