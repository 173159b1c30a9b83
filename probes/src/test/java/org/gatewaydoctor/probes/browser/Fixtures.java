package org.gatewaydoctor.probes.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.gatewaydoctor.facts.Target;
import org.gatewaydoctor.facts.browser.BrowserProfile;
import org.gatewaydoctor.probes.ProbeContext;
import org.gatewaydoctor.probes.ProbeResult;

/** Shared set-up for tests that run the probe over a fixture tree with a fixed clock. */
final class Fixtures {

  /** The fixtures' "now": their expiry dates are written relative to it. */
  static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");
  static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
  static final Target CHATGPT = new Target("https://chatgpt.com/", "chatgpt", "chatgpt.com");
  static final List<String> DOMAINS = List.of("chatgpt.com", "openai.com");

  private Fixtures() {}

  /** A host over {@code tree}'s {@code home} and {@code root} folders, with its own temp folder. */
  static BrowserHost host(HostOs os, Path tree, Map<String, String> env) throws IOException {
    Path temp = Files.createDirectories(tree.resolve("probe-temp"));
    Path root = Files.createDirectories(tree.resolve("root"));
    return new BrowserHost(os, tree.resolve("home"), env, root, temp, CLOCK);
  }

  static ProbeResult run(BrowserHost host, List<String> domains) throws InterruptedException {
    return new BrowserProbe(host, domains).run(new ProbeContext(CHATGPT, NOW.plus(Duration.ofMinutes(1)), CLOCK));
  }

  static BrowserProfile profile(ProbeResult result, String browser, String name) {
    return result.observations().browsers().stream()
        .filter(p -> p.browser().equals(browser) && p.profile().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + browser + " profile " + name + " in "
            + result.observations().browsers().stream().map(p -> p.browser() + "/" + p.profile()).toList()));
  }

  /** Every file left in {@code dir}: the probe must delete its private copies. */
  static List<Path> leftIn(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(p -> !p.equals(dir)).toList();
    }
  }
}
