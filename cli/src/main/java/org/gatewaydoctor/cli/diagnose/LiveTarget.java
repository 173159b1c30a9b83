package org.gatewaydoctor.cli.diagnose;

import org.gatewaydoctor.facts.Echo;
import org.gatewaydoctor.cli.UsageError;
import org.gatewaydoctor.facts.service.ServiceProfile;
import org.gatewaydoctor.facts.service.ServiceProfiles;
import org.gatewaydoctor.probes.TargetUrl;

/** What a live check is aimed at: the URL and service profile the user named, parsed at the edge. */
final class LiveTarget {

  /** The service a plain {@code diagnose} checks. */
  static final String DEFAULT_SERVICE = "chatgpt";

  private LiveTarget() {}

  /** The URL parsed, or one line saying it is not an http(s) URL; null stays null. */
  static TargetUrl url(String url) throws UsageError {
    try {
      return url == null ? null : TargetUrl.parse(url);
    } catch (IllegalArgumentException e) {
      throw new UsageError(e.getMessage(), e);
    }
  }

  /** The profile named {@code id}, or one line naming the known ones. */
  static ServiceProfile profile(ServiceProfiles services, String id) throws UsageError {
    return services.byId(id).orElseThrow(() -> new UsageError("unknown service " + Echo.of(id) + "; known: "
        + String.join(", ", services.ids()) + " (or give the URL that fails)"));
  }

  /**
   * The profile to check with: the one named, else the one owning the URL's host, else
   * {@value #DEFAULT_SERVICE}.
   */
  static ServiceProfile choose(ServiceProfiles services, String service, TargetUrl url) throws UsageError {
    return service != null ? profile(services, service)
        : url != null ? services.forHost(url.host())
        : profile(services, DEFAULT_SERVICE);
  }

  /** {@code url}, or the profile's own URL, or one line asking for a URL. */
  static TargetUrl urlFor(ServiceProfile profile, TargetUrl url) throws UsageError {
    if (url != null) {
      return url;
    }
    if (profile.url() == null) {
      throw new UsageError("the " + profile.id() + " profile has no URL of its own; give one: gateway-doctor diagnose URL");
    }
    return url(profile.url());
  }
}
