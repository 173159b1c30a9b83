package org.gatewaydoctor.probes.net;

import java.net.InetAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import okhttp3.HttpUrl;
import org.gatewaydoctor.probes.egress.AddressBlock;
import org.gatewaydoctor.probes.egress.IpLiteral;

/**
 * The proxy configuration the environment asks for, read the way curl reads it: {@code http_proxy}
 * for http URLs, {@code https_proxy} for https, {@code all_proxy} otherwise, {@code no_proxy} as
 * exclusions; each in lower or upper case (lower case wins, as in curl; {@code HTTP_PROXY} is read
 * too although curl ignores it, because other tools honour it and we record what is in effect).
 * Credentials in a proxy URL are never kept. Immutable.
 */
public final class ProxyRules {

  /** One configured proxy: where it came from and where it is. */
  public record Entry(String variable, String scheme, String host, int port, String proxyScheme) {
    /** {@code host:port}, the form observations record (never with credentials). */
    public String hostPort() {
      return (host.indexOf(':') >= 0 ? "[" + host + "]" : host) + ":" + port;
    }

    /** Whether we can send requests through it (HTTP proxies; SOCKS and others are only recorded). */
    public boolean usable() {
      return proxyScheme.equals("http") || proxyScheme.equals("https");
    }
  }

  private final Entry http;
  private final Entry https;
  private final Entry all;
  private final String noProxy;
  private final List<String> problems;

  private ProxyRules(Entry http, Entry https, Entry all, String noProxy, List<String> problems) {
    this.http = http;
    this.https = https;
    this.all = all;
    this.noProxy = noProxy;
    this.problems = List.copyOf(problems);
  }

  /** The rules {@code env} holds (pass {@code System.getenv()} in real use). */
  public static ProxyRules fromEnvironment(Map<String, String> env) {
    List<String> problems = new ArrayList<>();
    Entry http = entry(env, "http_proxy", "http", problems);
    Entry https = entry(env, "https_proxy", "https", problems);
    Entry all = entry(env, "all_proxy", "all", problems);
    String no = value(env, "no_proxy").map(Map.Entry::getValue).orElse(null);
    return new ProxyRules(http, https, all, no, problems);
  }

  /** The proxy an http(s) request to {@code url} goes through, if any applies. */
  public Optional<Entry> forUrl(HttpUrl url) {
    if (excluded(url.host())) {
      return Optional.empty();
    }
    Entry e = url.isHttps() ? https : http;
    return Optional.ofNullable(e != null ? e : all);
  }

  /** Every configured proxy, in the order http, https, all. */
  public List<Entry> entries() {
    List<Entry> out = new ArrayList<>();
    for (Entry e : new Entry[] {http, https, all}) {
      if (e != null) {
        out.add(e);
      }
    }
    return out;
  }

  /** The exclusion list in effect, or null. */
  public String noProxy() {
    return noProxy;
  }

  /** Proxy variables that could not be understood, as one-line notes (values without credentials). */
  public List<String> problems() {
    return problems;
  }

  /** Whether {@code no_proxy} excludes {@code host}: {@code *}, a domain suffix, an IP or a CIDR block. */
  public boolean excluded(String host) {
    if (noProxy == null || noProxy.isBlank()) {
      return false;
    }
    String h = host.toLowerCase(Locale.ROOT);
    Optional<InetAddress> ip = IpLiteral.parse(h);
    for (String raw : noProxy.split("[,\\s]+")) {
      String p = raw.trim().toLowerCase(Locale.ROOT);
      if (p.isEmpty()) {
        continue;
      }
      if (p.equals("*")) {
        return true;
      }
      if (p.contains("/")) {
        try {
          if (ip.isPresent() && AddressBlock.parse(p).contains(ip.get())) {
            return true;
          }
        } catch (IllegalArgumentException e) {
          // not a CIDR block: ignored, as curl does
        }
        continue;
      }
      String bare = p.startsWith(".") ? p.substring(1) : p;
      if (h.equals(bare) || h.endsWith("." + bare)) {
        return true;
      }
    }
    return false;
  }

  private static Entry entry(Map<String, String> env, String lower, String scheme, List<String> problems) {
    Optional<Map.Entry<String, String>> v = value(env, lower);
    if (v.isEmpty()) {
      return null;
    }
    String raw = v.get().getValue().trim();
    String withScheme = raw.contains("://") ? raw : "http://" + raw;
    try {
      URI uri = new URI(withScheme);
      String proxyScheme = uri.getScheme().toLowerCase(Locale.ROOT);
      String host = uri.getHost();
      if (host == null) {
        throw new IllegalArgumentException("no host");
      }
      host = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
      int port = uri.getPort() > 0 ? uri.getPort() : proxyScheme.equals("https") ? 443 : proxyScheme.startsWith("socks") ? 1080 : 80;
      return new Entry(v.get().getKey(), scheme, host, port, proxyScheme);
    } catch (Exception e) {
      problems.add(v.get().getKey() + " is not a proxy URL (" + e.getMessage().replaceAll("//[^@/]*@", "//") + ")");
      return null;
    }
  }

  private static Optional<Map.Entry<String, String>> value(Map<String, String> env, String lower) {
    String upper = lower.toUpperCase(Locale.ROOT);
    for (String key : new String[] {lower, upper}) {
      String v = env.get(key);
      if (v != null && !v.isBlank()) {
        return Optional.of(Map.entry(key, v));
      }
    }
    return Optional.empty();
  }
}
