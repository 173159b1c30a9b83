package org.gatewaydoctor.probes.config;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.gatewaydoctor.facts.Immutable;
import org.gatewaydoctor.facts.service.ServiceProfiles;
import org.gatewaydoctor.probes.ProbeSettings;
import org.gatewaydoctor.probes.ReferenceEndpoint;
import org.gatewaydoctor.probes.egress.AddressBlock;
import org.gatewaydoctor.probes.net.ResolverEndpoint;

/**
 * Every endpoint the probes use and the run's deadline, with the service profiles in effect: the
 * built-in defaults ({@link #defaults()}), or what a configuration file says
 * ({@link ConfigurationLoader}). Immutable and thread-safe; share one.
 *
 * @param deadline the whole check's deadline (default 8 s)
 * @param systemResolvers the resolvers used as the system's, each {@code ip[:port]}; null means as
 *     the operating system is configured (the default)
 * @param independentResolvers resolvers asked for comparison, name to {@code ip[:port]}, in order
 *     (default Cloudflare, Google, Quad9); empty for none
 * @param references the connectivity references (default Google's generate_204 and Microsoft's
 *     NCSI); empty for none
 * @param throughputUrl what the bounded throughput sample downloads, or null for no sample
 * @param services the service profiles in effect: built-in ones with the file's laid over them by id
 * @param checksAllow which targets the HTTP API may check live (default: none)
 * @param egressAllow address blocks the egress policy allows besides its own scope (an intranet's
 *     resolvers, references and status pages); default none
 * @param origins where each setting came from, by key ({@code deadline}, {@code resolvers.system},
 *     {@code resolvers.independent}, {@code references}, {@code throughput}, {@code checks.allow},
 *     {@code egress.allow}, and {@code services.ID} per profile): {@value #BUILT_IN}, a
 *     {@code FILE:LINE}, or a JVM property
 * @since 0.1.0
 */
public record Configuration(
    Duration deadline,
    List<String> systemResolvers,
    Map<String, String> independentResolvers,
    List<ReferenceEndpoint> references,
    String throughputUrl,
    ServiceProfiles services,
    AllowList checksAllow,
    List<String> egressAllow,
    Map<String, String> origins) {

  /** The origin of a value nobody configured: {@value}. */
  public static final String BUILT_IN = "built-in default";

  /** The longest deadline accepted: 5 minutes (a check is meant to answer while the user waits). */
  public static final Duration MAX_DEADLINE = Duration.ofMinutes(5);

  /** @throws IllegalArgumentException naming the first value that cannot be used */
  public Configuration {
    Objects.requireNonNull(deadline, "deadline");
    if (deadline.isNegative() || deadline.isZero() || deadline.compareTo(MAX_DEADLINE) > 0) {
      throw new IllegalArgumentException("deadline must be positive and at most 5m, got " + deadline);
    }
    if (systemResolvers != null) {
      systemResolvers = List.copyOf(systemResolvers);
      systemResolvers.forEach(ResolverEndpoint::parseAddress);
    }
    independentResolvers = Immutable.orderedMap(independentResolvers);
    independentResolvers.values().forEach(ResolverEndpoint::parseAddress);
    references = Immutable.list(references);
    Objects.requireNonNull(services, "services");
    Objects.requireNonNull(checksAllow, "checksAllow");
    egressAllow = Immutable.list(egressAllow);
    egressAllow.forEach(AddressBlock::parse);
    origins = Immutable.orderedMap(origins);
  }

  /**
   * The built-in configuration: an 8 s deadline, the OS's resolvers, Cloudflare, Google and Quad9
   * for comparison, Google's and Microsoft's connectivity checks, Cloudflare's speed-test sample,
   * the built-in service profiles, no live checks through the API, nothing allowed beyond the
   * egress policy's scope.
   */
  public static Configuration defaults() {
    Map<String, String> origins = new LinkedHashMap<>();
    for (String key : List.of("deadline", "resolvers.system", "resolvers.independent", "references", "throughput",
        "checks.allow", "egress.allow")) {
      origins.put(key, BUILT_IN);
    }
    ServiceProfiles services = ServiceProfiles.builtIn();
    services.ids().forEach(id -> origins.put("services." + id, BUILT_IN));
    return new Configuration(Duration.ofSeconds(8), null, ProbeSettings.DEFAULT_INDEPENDENT_RESOLVERS,
        List.of(ReferenceEndpoint.google(), ReferenceEndpoint.microsoft()), ProbeSettings.DEFAULT_THROUGHPUT_URL,
        services, AllowList.NONE, List.of(), origins);
  }

  /** Where the setting {@code key} came from (see {@link #origins}); {@value #BUILT_IN} when not recorded. */
  public String origin(String key) {
    return origins.getOrDefault(key, BUILT_IN);
  }
}
