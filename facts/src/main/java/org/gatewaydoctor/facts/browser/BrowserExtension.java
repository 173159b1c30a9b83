package org.gatewaydoctor.facts.browser;

import java.util.Objects;

/**
 * An installed browser extension.
 *
 * @param id the store id ({@code cjpalhdlnbpafiamejdnhcphjbkeiagm}, {@code uBlock0@raymondhill.net})
 * @param name its display name, or null when not resolvable
 * @param version its version, or null
 * @param enabled whether it is enabled
 */
public record BrowserExtension(String id, String name, String version, boolean enabled) {
  public BrowserExtension {
    Objects.requireNonNull(id, "id");
  }
}
