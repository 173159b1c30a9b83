package org.gatewaydoctor.facts.report;

import java.util.Objects;

/**
 * The headline: whose side the fault is on, in one plain sentence.
 *
 * @param side whose side
 * @param summary one plain sentence for the user, such as "It's not you: chatgpt.com's gateway
 *     (Cloudflare) could not reach its origin."
 */
public record Verdict(Side side, String summary) {
  public Verdict {
    Objects.requireNonNull(side, "side");
    Objects.requireNonNull(summary, "summary");
  }
}
