package org.gatewaydoctor.facts.bundle;

import java.util.ArrayList;
import java.util.List;
import org.gatewaydoctor.facts.Immutable;
import org.gatewaydoctor.facts.browser.BrowserProfile;
import org.gatewaydoctor.facts.browser.InstalledBrowser;
import org.gatewaydoctor.facts.connectivity.ReferenceCheck;
import org.gatewaydoctor.facts.connectivity.ThroughputSample;
import org.gatewaydoctor.facts.dns.DnsComparison;
import org.gatewaydoctor.facts.dns.DnsQuery;
import org.gatewaydoctor.facts.http.HttpExchange;
import org.gatewaydoctor.facts.network.PortCheck;
import org.gatewaydoctor.facts.network.ProxySetting;
import org.gatewaydoctor.facts.network.TlsObservation;
import org.gatewaydoctor.facts.statuspage.StatusPageReport;

/**
 * Everything the probes saw, one list per kind of observation. Lists are never null; a kind that
 * no probe recorded is an empty list (whether that probe ran is in the bundle's probe outcomes).
 */
public record Observations(
    List<DnsQuery> dns,
    List<DnsComparison> dnsComparisons,
    List<HttpExchange> http,
    List<StatusPageReport> statusPages,
    List<ReferenceCheck> connectivity,
    List<ThroughputSample> throughput,
    List<ProxySetting> proxies,
    List<PortCheck> ports,
    List<TlsObservation> tls,
    List<BrowserProfile> browsers,
    List<InstalledBrowser> installedBrowsers) {

  /** No observations at all. */
  public static final Observations NONE = builder().build();

  public Observations {
    dns = Immutable.list(dns);
    dnsComparisons = Immutable.list(dnsComparisons);
    http = Immutable.list(http);
    statusPages = Immutable.list(statusPages);
    connectivity = Immutable.list(connectivity);
    throughput = Immutable.list(throughput);
    proxies = Immutable.list(proxies);
    ports = Immutable.list(ports);
    tls = Immutable.list(tls);
    browsers = Immutable.list(browsers);
    installedBrowsers = Immutable.list(installedBrowsers);
  }

  /** A builder that starts empty. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder that starts with these observations. */
  public Builder toBuilder() {
    return new Builder().add(this);
  }

  /** These observations followed by {@code other}'s, kind by kind. */
  public Observations plus(Observations other) {
    return toBuilder().add(other).build();
  }

  /** Collects observations from several probes; not thread-safe. */
  public static final class Builder {
    private final List<DnsQuery> dns = new ArrayList<>();
    private final List<DnsComparison> dnsComparisons = new ArrayList<>();
    private final List<HttpExchange> http = new ArrayList<>();
    private final List<StatusPageReport> statusPages = new ArrayList<>();
    private final List<ReferenceCheck> connectivity = new ArrayList<>();
    private final List<ThroughputSample> throughput = new ArrayList<>();
    private final List<ProxySetting> proxies = new ArrayList<>();
    private final List<PortCheck> ports = new ArrayList<>();
    private final List<TlsObservation> tls = new ArrayList<>();
    private final List<BrowserProfile> browsers = new ArrayList<>();
    private final List<InstalledBrowser> installedBrowsers = new ArrayList<>();

    private Builder() {}

    /** Appends every observation of {@code other}. */
    public Builder add(Observations other) {
      dns.addAll(other.dns());
      dnsComparisons.addAll(other.dnsComparisons());
      http.addAll(other.http());
      statusPages.addAll(other.statusPages());
      connectivity.addAll(other.connectivity());
      throughput.addAll(other.throughput());
      proxies.addAll(other.proxies());
      ports.addAll(other.ports());
      tls.addAll(other.tls());
      browsers.addAll(other.browsers());
      installedBrowsers.addAll(other.installedBrowsers());
      return this;
    }

    public Builder dns(List<DnsQuery> items) { dns.addAll(items); return this; }
    public Builder dnsComparisons(List<DnsComparison> items) { dnsComparisons.addAll(items); return this; }
    public Builder http(List<HttpExchange> items) { http.addAll(items); return this; }
    public Builder statusPages(List<StatusPageReport> items) { statusPages.addAll(items); return this; }
    public Builder connectivity(List<ReferenceCheck> items) { connectivity.addAll(items); return this; }
    public Builder throughput(List<ThroughputSample> items) { throughput.addAll(items); return this; }
    public Builder proxies(List<ProxySetting> items) { proxies.addAll(items); return this; }
    public Builder ports(List<PortCheck> items) { ports.addAll(items); return this; }
    public Builder tls(List<TlsObservation> items) { tls.addAll(items); return this; }
    public Builder browsers(List<BrowserProfile> items) { browsers.addAll(items); return this; }
    public Builder installedBrowsers(List<InstalledBrowser> items) { installedBrowsers.addAll(items); return this; }

    public Observations build() {
      return new Observations(dns, dnsComparisons, http, statusPages, connectivity, throughput, proxies, ports, tls,
          browsers, installedBrowsers);
    }
  }
}
