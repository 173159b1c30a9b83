package org.gatewaydoctor.probes.rig;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.gatewaydoctor.probes.ProbeContext;
import org.gatewaydoctor.probes.ProbeSettings;
import org.gatewaydoctor.probes.egress.EgressPolicy;
import org.gatewaydoctor.probes.net.NetworkAccess;
import org.gatewaydoctor.probes.net.ProxyRules;
import org.gatewaydoctor.probes.net.ResolverEndpoint;
import org.gatewaydoctor.probes.net.SystemResolvers;

/** Shortcuts for tests: loopback-only network access and contexts. */
public final class Probes {

  private Probes() {}

  /** Network access under the loopback policy, with these system resolvers and proxy environment. */
  public static NetworkAccess net(List<String> resolvers, Map<String, String> proxyEnv) {
    return new NetworkAccess(EgressPolicy.loopbackOnly(),
        SystemResolvers.named(resolvers.stream().map(ResolverEndpoint::parseAddress).toList()),
        ProxyRules.fromEnvironment(proxyEnv), Clock.systemUTC(), ProbeSettings.DEFAULT_USER_AGENT, Duration.ofSeconds(1));
  }

  /** Loopback access with no resolver and no proxy. */
  public static NetworkAccess net() {
    return net(List.of(), Map.of());
  }

  /** A context for {@code url} ending {@code budget} from now. */
  public static ProbeContext context(String url, Duration budget) {
    ProbeSettings s = ProbeSettings.defaults(url, "generic");
    return new ProbeContext(s.target(), Clock.systemUTC().instant().plus(budget), Clock.systemUTC());
  }
}
