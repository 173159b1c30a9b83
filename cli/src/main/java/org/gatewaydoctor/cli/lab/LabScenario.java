package org.gatewaydoctor.cli.lab;

import org.gatewaydoctor.facts.Echo;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.gatewaydoctor.facts.report.Side;

/** The failures the loopback lab can stage, each with the verdict a correct diagnosis reaches. */
public enum LabScenario {
  /** Cloudflare's edge answers 521: the site's origin server refused its connections. */
  CLOUDFLARE_ORIGIN_DOWN("cloudflare-origin-down",
      "a Cloudflare-style edge whose origin is down (521), while the status page is still green", Side.SERVICE),
  /** An nginx gateway answers 503 with Retry-After to every other request. */
  OVERLOAD("overload", "an overloaded service: intermittent 503 with Retry-After, status page degraded", Side.SERVICE),
  /** The system resolver denies the service's name; an independent resolver finds it. */
  LYING_DNS("lying-dns", "your DNS resolver says the service does not exist; another resolver finds it",
      Side.YOUR_NETWORK),
  /** A 502 from the service's nginx while its incident.io status page reports a major incident. */
  STATUS_INCIDENT("status-incident", "a 502 from the service's nginx during an incident on its status page",
      Side.SERVICE),
  /** A corporate Squid proxy on the user's network cannot reach the service and says so. */
  PROXY_ERROR("proxy-error", "a proxy on your network answers with its own connect-failure page",
      Side.YOUR_NETWORK),
  /**
   * Guest Wi-Fi that wants a sign-in first: every plain-http request, connectivity checks and the
   * service alike, is redirected to the network's login page.
   */
  CAPTIVE_PORTAL("captive-portal", "guest Wi-Fi that redirects every request to its sign-in page",
      Side.YOUR_NETWORK),
  /**
   * The service works, but the browser the person uses is Chrome 119, three years old, whose
   * cookies for the site have grown past what servers accept: a staged profile the browser probe reads.
   */
  OLD_BROWSER("old-browser", "a healthy service seen from a three-year-old Chrome whose cookies for the site grew"
      + " past what servers accept", Side.YOUR_DEVICE),
  /** Everything works. */
  HEALTHY("healthy", "a healthy service: nothing is wrong", Side.NONE),
  /** The Cloudflare origin outage for the first two checks, then healthy: for {@code --watch}. */
  RECOVERING("recovering", "a Cloudflare origin outage (521) that ends after " + LabScenario.RECOVERY_CHECKS
      + " checks (try it with --watch)", Side.SERVICE);

  /** How many checks {@link #RECOVERING} fails before it recovers: {@value}. */
  private static final int RECOVERY_CHECKS = 2;

  private final String id;
  private final String description;
  private final Side expected;

  LabScenario(String id, String description, Side expected) {
    this.id = id;
    this.description = description;
    this.expected = expected;
  }

  /**
   * The failure staged during the {@code check}-th check (from 1): the scenario itself, except that
   * {@link #RECOVERING} stages {@link #CLOUDFLARE_ORIGIN_DOWN} and then, from its third check, {@link #HEALTHY}.
   */
  public LabScenario stagedAt(int check) {
    if (this != RECOVERING) {
      return this;
    }
    return check <= RECOVERY_CHECKS ? CLOUDFLARE_ORIGIN_DOWN : HEALTHY;
  }

  /** The name used on the command line, such as {@code cloudflare-origin-down}. */
  public String id() {
    return id;
  }

  /** One line saying what is staged. */
  public String description() {
    return description;
  }

  /** The verdict side a correct diagnosis of this scenario's first check reaches. */
  public Side expected() {
    return expected;
  }

  /** The scenario {@code --lab} runs when none is named. */
  public static LabScenario defaultScenario() {
    return CLOUDFLARE_ORIGIN_DOWN;
  }

  /**
   * The scenario with this id.
   *
   * @throws IllegalArgumentException naming the value and the known ids
   */
  public static LabScenario ofId(String id) {
    String wanted = id.trim().toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(s -> s.id.equals(wanted)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("unknown lab scenario " + Echo.of(id) + "; expected one of "
            + Arrays.stream(values()).map(LabScenario::id).collect(Collectors.joining(", "))));
  }
}
