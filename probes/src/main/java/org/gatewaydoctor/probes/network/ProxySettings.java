package org.gatewaydoctor.probes.network;

import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import okhttp3.HttpUrl;
import org.gatewaydoctor.facts.bundle.Redactor;
import org.gatewaydoctor.facts.network.ProxySetting;
import org.gatewaydoctor.probes.TargetUrl;
import org.gatewaydoctor.probes.net.ProxyRules;

/** The proxy configuration in effect, as facts: environment, the JVM's ProxySelector, a PAC URL. Sends nothing. */
final class ProxySettings {

  private ProxySettings() {}

  static List<ProxySetting> of(ProxyRules rules, ProxySelector jvm, String pacUrl, TargetUrl targetUrl) {
    // ProxyRules matches OkHttp URLs; this conversion cannot fail for a TargetUrl.
    HttpUrl target = HttpUrl.get(targetUrl.text());
    List<ProxySetting> out = new ArrayList<>();
    ProxyRules.Entry inEffect = target == null ? null : rules.forUrl(target).orElse(null);
    for (ProxyRules.Entry e : rules.entries()) {
      out.add(new ProxySetting("env", e.proxyScheme().startsWith("socks") ? "socks" : e.scheme(), e.hostPort(),
          rules.noProxy(), e.equals(inEffect)));
    }
    if (jvm != null && target != null) {
      for (Proxy p : jvm.select(URI.create(targetUrl.text()))) {
        if (p.type() != Proxy.Type.DIRECT && p.address() instanceof InetSocketAddress a) {
          out.add(new ProxySetting("jvm", p.type() == Proxy.Type.SOCKS ? "socks" : target.scheme(),
              a.getHostString() + ":" + a.getPort(), null, true));
        }
      }
    }
    if (pacUrl != null && !pacUrl.isBlank()) {
      // A PAC file is JavaScript: recorded so the rules know one is configured, never fetched or run.
      out.add(new ProxySetting("pac", "pac", new Redactor().url(pacUrl.trim()), null, null));
    }
    return out;
  }
}
