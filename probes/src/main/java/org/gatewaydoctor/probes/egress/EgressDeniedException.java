package org.gatewaydoctor.probes.egress;

import java.net.UnknownHostException;

/**
 * A destination the egress policy does not allow. Extends {@link UnknownHostException} so that
 * OkHttp passes it through its {@code Dns} and connect paths unchanged; probes record it as
 * "skipped by policy", never as a network failure.
 */
public final class EgressDeniedException extends UnknownHostException {

  public EgressDeniedException(String message) {
    super(message);
  }

  /** Whether {@code t} or one of its causes is a policy denial. */
  public static boolean in(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (c instanceof EgressDeniedException) {
        return true;
      }
      for (Throwable s : c.getSuppressed()) {
        if (s instanceof EgressDeniedException) {
          return true;
        }
      }
    }
    return false;
  }
}
