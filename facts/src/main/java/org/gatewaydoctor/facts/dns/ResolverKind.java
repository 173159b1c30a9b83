package org.gatewaydoctor.facts.dns;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Which resolver answered: the one the user's OS uses, or one we asked for comparison. */
public enum ResolverKind {
  /** The resolver the operating system is configured with (on Linux, {@code /etc/resolv.conf}). */
  @JsonProperty("system") SYSTEM,
  /** A resolver asked independently, to compare with the system's answers. */
  @JsonProperty("independent") INDEPENDENT
}
