package org.gatewaydoctor.rules.catalog;

import java.util.Objects;

/**
 * What a product means by one status code.
 *
 * @param meaning a plain clause that completes "the gateway ...", such as "could not reach the
 *     site's server (connection refused)"
 * @param fault where the fault lies: {@code origin} (the site's server behind it), {@code edge}
 *     (the product itself), {@code upstream} (something behind it, unspecified), {@code destination}
 *     (for a forward proxy: the site it tried to reach), {@code client} (the request),
 *     {@code policy} (a deliberate block), {@code rate-limit} (too many requests), {@code challenge}
 *     (a browser check the product asks for, not an error) or {@code network} (the path to it)
 */
public record CodeMeaning(String meaning, String fault) {
  public CodeMeaning {
    Objects.requireNonNull(meaning, "meaning is required with fault (a clause completing \"the gateway ...\")");
    Objects.requireNonNull(fault, "fault is required with meaning (origin, edge, upstream, ...)");
  }
}
