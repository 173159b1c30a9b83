package org.gatewaydoctor.probes.check;

import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.gatewaydoctor.facts.bundle.FactBundle;
import org.gatewaydoctor.facts.http.ExchangeSource;
import org.gatewaydoctor.facts.http.HttpExchange;
import org.gatewaydoctor.facts.http.HttpFailure;
import org.gatewaydoctor.facts.service.ServiceProfile;
import org.gatewaydoctor.probes.TargetUrl;
import org.gatewaydoctor.probes.config.AllowList;
import org.gatewaydoctor.probes.config.Configuration;
import org.gatewaydoctor.probes.egress.EgressPolicy;
import org.gatewaydoctor.probes.runner.ProbeListener;

/**
 * Checks that someone else asks for, such as a client of the HTTP API: denied unless the operator
 * lists the target in {@code checks.allow} (host names, suffixes, CIDR blocks). Listing a name is
 * not enough to reach any address: the egress policy is narrowed ({@link EgressPolicy#forRequestedCheck})
 * so that, after name resolution, on every redirect and at every connect, an address that is not
 * public (loopback, private, link-local such as 169.254.169.254, ...) is refused unless a CIDR entry
 * of the list holds it. The scope given (under {@code GATEWAY_DOCTOR_EGRESS=loopback}, loopback
 * only) must allow it as well. What is refused is never sent and is recorded in the bundle.
 *
 * <p>The check runs as a server would for a stranger: no proxy variables, no browser profiles.
 * Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class RequestedChecks {

  private final AllowList allowList;
  private final TargetCheck check;

  /**
   * @param configuration the endpoints, deadline, service profiles and {@code checks.allow}
   * @param egress the scope (the configuration's {@code egress.allow} is added to it), narrowed here
   * @param clock the clock deadlines and timings are measured by
   */
  public RequestedChecks(Configuration configuration, EgressPolicy egress, Clock clock) {
    this.allowList = configuration.checksAllow();
    this.check = new TargetCheck(configuration, egress.forRequestedCheck(allowList.blocks()), clock);
  }

  /** Why {@code url} may not be checked (its host is not on {@code checks.allow}), or empty when it may. */
  public Optional<String> refusal(TargetUrl url) {
    if (allowList.allowsHost(url.host())) {
      return Optional.empty();
    }
    return Optional.of(allowList.entries().isEmpty()
        ? "live checks are denied: the operator's checks.allow lists no target"
        : "checks.allow does not list " + url.host() + " (it lists " + String.join(", ", allowList.entries()) + ")");
  }

  /**
   * Checks {@code url} as {@code profile}.
   *
   * @throws IllegalArgumentException when {@link #refusal} refuses {@code url}
   */
  public FactBundle check(TargetUrl url, ServiceProfile profile, ProbeListener listener) {
    refusal(url).ifPresent(why -> {
      throw new IllegalArgumentException(why);
    });
    CheckHost stranger = new CheckHost(CheckHost.platform(System.getProperties(), null), Map.of(), false);
    return check.check(url, Objects.requireNonNull(profile, "profile"), stranger, listener);
  }

  /**
   * What the egress policy refused to send to the target during a check, such as a redirect to, or a
   * name resolving to, an address the list does not allow; empty when nothing was refused.
   */
  public static Optional<String> refusedContact(FactBundle bundle) {
    return bundle.observations().http().stream()
        .filter(h -> h.source() == ExchangeSource.PROBE && h.failure() == HttpFailure.POLICY)
        .map(HttpExchange::detail).filter(Objects::nonNull).findFirst();
  }

  /** The profile that owns {@code url}'s host, else the generic one. */
  public ServiceProfile profileFor(TargetUrl url) {
    return check.profileFor(url);
  }

  /** The egress policy the checks run under, for logs and tests. */
  public EgressPolicy egress() {
    return check.egress();
  }
}
