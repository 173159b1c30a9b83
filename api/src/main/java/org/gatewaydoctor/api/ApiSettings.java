package org.gatewaydoctor.api;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import org.gatewaydoctor.probes.config.Configuration;
import org.gatewaydoctor.probes.egress.EgressPolicy;

/**
 * How an {@link ApiServer} runs.
 *
 * @param bind the address to listen on (default {@value #DEFAULT_BIND}: only this machine)
 * @param port the TCP port, 0 for any free one (default {@value #DEFAULT_PORT})
 * @param configuration endpoints, deadline, service profiles and {@code checks.allow} for live checks
 * @param egress the egress scope of live checks ({@code GATEWAY_DOCTOR_EGRESS}), narrowed per check
 * @param rules the rule directory to lay over the built-in rules and watch, or null
 * @param maxBodyBytes the largest request body accepted (default 5 MB)
 * @param maxChecksInFlight how many live checks may run at once (default {@value #DEFAULT_MAX_CHECKS})
 * @param checksPerMinute how many live checks one client (IP address) may ask for per minute
 *     (default {@value #DEFAULT_CHECKS_PER_MINUTE}), as a bucket of that many refilled evenly
 * @param echo whether {@code POST /v1/echo} answers (for the load benchmark's ceiling only)
 * @param reloadDebounce how long the rule directory must be quiet before a rebuild (default 300 ms)
 * @param clock the clock of checks, rate limits and rule builds
 * @since 0.1.0
 */
public record ApiSettings(String bind, int port, Configuration configuration, EgressPolicy egress, Path rules,
    long maxBodyBytes, int maxChecksInFlight, int checksPerMinute, boolean echo, Duration reloadDebounce,
    Clock clock) {

  /** The default address: loopback, so that nothing else can reach the server unless asked. */
  public static final String DEFAULT_BIND = "127.0.0.1";
  /** The default port. */
  public static final int DEFAULT_PORT = 8317;
  /** The default body limit: 5 MB. */
  public static final long DEFAULT_MAX_BODY_BYTES = 5L * 1000 * 1000;
  /** The default number of live checks at once. */
  public static final int DEFAULT_MAX_CHECKS = 4;
  /** The default number of live checks per client and minute. */
  public static final int DEFAULT_CHECKS_PER_MINUTE = 10;

  public ApiSettings {
    Objects.requireNonNull(bind, "bind");
    Objects.requireNonNull(configuration, "configuration");
    Objects.requireNonNull(egress, "egress");
    Objects.requireNonNull(reloadDebounce, "reloadDebounce");
    Objects.requireNonNull(clock, "clock");
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be 0..65535, got " + port);
    }
    if (maxBodyBytes < 1) {
      throw new IllegalArgumentException("the body limit must be positive, got " + maxBodyBytes);
    }
    if (maxChecksInFlight < 1 || checksPerMinute < 1) {
      throw new IllegalArgumentException("check limits must be positive, got " + maxChecksInFlight + " in flight and "
          + checksPerMinute + " per minute");
    }
  }

  /** The defaults with {@code configuration} and {@code egress}. */
  public static ApiSettings defaults(Configuration configuration, EgressPolicy egress) {
    return new ApiSettings(DEFAULT_BIND, DEFAULT_PORT, configuration, egress, null, DEFAULT_MAX_BODY_BYTES,
        DEFAULT_MAX_CHECKS, DEFAULT_CHECKS_PER_MINUTE, false, Duration.ofMillis(300), Clock.systemUTC());
  }

  /** These settings listening on {@code bindAddress}:{@code tcpPort}. */
  public ApiSettings listening(String bindAddress, int tcpPort) {
    return new ApiSettings(bindAddress, tcpPort, configuration, egress, rules, maxBodyBytes, maxChecksInFlight,
        checksPerMinute, echo, reloadDebounce, clock);
  }

  /** These settings with the rule directory {@code dir} (null: built-in rules only). */
  public ApiSettings withRules(Path dir) {
    return new ApiSettings(bind, port, configuration, egress, dir, maxBodyBytes, maxChecksInFlight, checksPerMinute,
        echo, reloadDebounce, clock);
  }

  /** These settings with other limits. */
  public ApiSettings limits(long bodyBytes, int checksInFlight, int checksPerClientMinute) {
    return new ApiSettings(bind, port, configuration, egress, rules, bodyBytes, checksInFlight, checksPerClientMinute,
        echo, reloadDebounce, clock);
  }

  /** These settings with the benchmark's echo route on or off. */
  public ApiSettings withEcho(boolean on) {
    return new ApiSettings(bind, port, configuration, egress, rules, maxBodyBytes, maxChecksInFlight, checksPerMinute,
        on, reloadDebounce, clock);
  }
}
