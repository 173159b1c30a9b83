package org.gatewaydoctor.cli.diagnose;

import java.util.Map;
import okhttp3.HttpUrl;
import org.gatewaydoctor.cli.UsageError;
import org.gatewaydoctor.probes.ProbeSettings;
import org.gatewaydoctor.probes.StatusPageFormat;
import org.gatewaydoctor.probes.egress.EgressPolicy;
import org.gatewaydoctor.rules.catalog.Catalog;
import org.gatewaydoctor.rules.catalog.ServiceProfile;

/** What a live check is aimed at: the URL and service profile the user named, as probe settings. */
final class LiveTarget {

  /** The service a plain {@code diagnose} checks. */
  static final String DEFAULT_SERVICE = "chatgpt";

  private LiveTarget() {}

  /** Fails with one line unless {@code url} is null or an absolute http(s) URL. */
  static void checkUrl(String url) throws UsageError {
    if (url != null && HttpUrl.parse(url) == null) {
      throw new UsageError("not an http(s) URL: \"" + url + "\"; give one such as https://chatgpt.com/");
    }
  }

  /** The profile named {@code id}, or one line naming the known ones. */
  static ServiceProfile profile(Catalog catalog, String id) throws UsageError {
    return catalog.service(id).orElseThrow(() -> new UsageError("unknown service \"" + id + "\"; known: "
        + String.join(", ", catalog.services().stream().map(ServiceProfile::id).toList())
        + " (or give the URL that fails)"));
  }

  /**
   * Probe settings for {@code url} (or the profile's own URL) with the profile's status page and
   * cookie domains.
   *
   * @param service the profile the user named, or null: the one owning the URL's host, else {@value #DEFAULT_SERVICE}
   * @param url the URL the user named (already checked), or null
   * @param env the environment, for the proxy in effect
   */
  static ProbeSettings settings(Catalog catalog, String service, String url, Map<String, String> env)
      throws UsageError {
    ServiceProfile profile = service != null ? profile(catalog, service)
        : url != null ? catalog.serviceForHost(HttpUrl.parse(url).host())
        : profile(catalog, DEFAULT_SERVICE);
    String target = url != null ? url : profile.url();
    if (target == null) {
      throw new UsageError("the " + profile.id() + " profile has no URL of its own; give one: gateway-doctor diagnose URL");
    }
    ProbeSettings.Builder settings = ProbeSettings.defaults(target, profile.id()).toBuilder()
        .cookieDomains(profile.cookieDomains())
        .proxyEnv(env);
    if (profile.statusPage() != null) {
      settings.statusPage(profile.statusPage(), StatusPageFormat.ofId(profile.statusPageFormat()));
    }
    try {
      return settings.build();
    } catch (IllegalArgumentException e) {
      throw new UsageError(e.getMessage(), e);
    }
  }

  /** The egress policy GATEWAY_DOCTOR_EGRESS names, or one line saying what it must be. */
  static EgressPolicy egressPolicy(Map<String, String> env) throws UsageError {
    try {
      return EgressPolicy.fromEnvironment(env);
    } catch (IllegalArgumentException e) {
      throw new UsageError(e.getMessage(), e);
    }
  }
}
