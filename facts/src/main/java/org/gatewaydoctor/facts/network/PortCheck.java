package org.gatewaydoctor.facts.network;

import java.util.Objects;

/**
 * A TCP connect attempt to one port of the target.
 *
 * @param host the target host
 * @param address the address tried, or null when none could be resolved or allowed
 * @param port the port
 * @param state what happened
 * @param latencyMs how long the attempt took, in milliseconds, or null
 * @param detail a short note, or null
 */
public record PortCheck(String host, String address, int port, PortState state, Double latencyMs, String detail) {
  public PortCheck {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(state, "state");
  }
}
