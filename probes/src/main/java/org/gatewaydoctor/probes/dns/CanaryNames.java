package org.gatewaydoctor.probes.dns;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;
import okhttp3.HttpUrl;

/**
 * Names that must not exist, asked to catch a resolver that invents answers (NXDOMAIN hijacking:
 * an ISP or captive portal answering with its own address instead of "no such name"). One lives
 * under the target's registrable domain (found with the Public Suffix List OkHttp ships), one
 * under {@code .invalid}, which RFC 6761 §6.4 reserves so that it never resolves anywhere.
 */
final class CanaryNames {

  private final Supplier<String> labels;

  /** Canary labels from a fresh random source: {@code gd-canary-} and 12 hex digits. */
  CanaryNames() {
    this(randomLabels());
  }

  CanaryNames(Supplier<String> labels) { // visible for testing
    this.labels = labels;
  }

  /** The canary names for {@code host}: under its registrable domain, and under {@code .invalid}. */
  List<String> forHost(String host) {
    String domain = registrableDomain(host);
    return List.of(labels.get() + "." + domain, labels.get() + ".invalid");
  }

  /** The registrable domain of {@code host} ({@code www.example.co.uk} gives {@code example.co.uk}). */
  static String registrableDomain(String host) {
    HttpUrl url = HttpUrl.parse("http://" + host + "/");
    String top = url == null ? null : url.topPrivateDomain();
    return top == null ? host : top;
  }

  private static Supplier<String> randomLabels() {
    SecureRandom random = new SecureRandom();
    return () -> {
      byte[] b = new byte[6];
      random.nextBytes(b);
      return "gd-canary-" + HexFormat.of().formatHex(b);
    };
  }
}
