package org.gatewaydoctor.probes.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.gatewaydoctor.facts.bundle.BundleException;
import org.gatewaydoctor.facts.bundle.BundleReader;
import org.gatewaydoctor.probes.config.ConfigurationException;
import org.gatewaydoctor.probes.config.ConfigurationLoader;
import org.gatewaydoctor.probes.har.HarException;
import org.gatewaydoctor.probes.har.HarImporter;
import org.gatewaydoctor.probes.rig.Mutations;

/**
 * Issue 16: fuzzing of the inputs a user hands the tool. Real documents (a bundle of the documented
 * examples, a HAR saved by Chrome, the documented configuration file) are mutated (bytes flipped,
 * cut, spliced with JSON and YAML fragments, control and non-UTF-8 bytes, huge numbers, duplicate
 * keys). Each is either read or refused with the tool's own exception and a one-line message that
 * names the input; never anything else. 10,000 cases each, every build.
 */
class HostileInputProperties {

  private static final byte[] BUNDLE = read("../docs/examples/cloudflare-502-origin-down.bundle.json");
  private static final byte[] HAR = read("../cli/src/test/resources/har/chatgpt-502.har");
  private static final byte[] CONFIG = """
      deadline: 8s
      resolvers:
        system: ["127.0.0.1:53"]
        independent:
          cloudflare: "127.0.0.2:53"
      references:
        - url: "http://127.0.0.1:8080/generate_204"
          expectStatus: 204
          expectBody: "OK"
          name: lab
      throughput: "http://127.0.0.1:8080/5mb.bin"
      services:
        - id: intranet-wiki
          name: Intranet Wiki
          url: "http://127.0.0.1:8081/"
      """.getBytes(StandardCharsets.UTF_8);

  private final BundleReader bundles = new BundleReader();
  private final HarImporter hars = new HarImporter();
  private final ConfigurationLoader configs = new ConfigurationLoader(Map.of(), new Properties());

  @Property(tries = 10_000)
  void aMutatedBundleIsReadOrRefusedInOneLine(@ForAll("mutatedBundles") byte[] input) {
    try {
      bundles.read(input, "fuzz.json");
    } catch (BundleException e) {
      assertOneLine(e.getMessage(), "fuzz.json");
    }
  }

  @Property(tries = 10_000)
  void aMutatedHarIsReadOrRefusedInOneLine(@ForAll("mutatedHars") byte[] input) {
    try {
      hars.page(input, "fuzz.har", null, Set.of());
    } catch (HarException e) {
      assertOneLine(e.getMessage(), "fuzz.har");
      assertThat(e.getMessage()).doesNotContain("bundle");
    }
  }

  @Property(tries = 10_000)
  void aMutatedConfigurationFileIsReadOrRefusedInOneLine(@ForAll("mutatedConfigs") byte[] input) {
    try {
      configs.read(input, "fuzz.yaml", "--config");
    } catch (ConfigurationException e) {
      assertOneLine(e.getMessage(), "fuzz.yaml");
    }
  }

  private static void assertOneLine(String message, String origin) {
    assertThat(message).startsWith(origin).doesNotContain("\n", "\r", "\u001b", "\u0007");
    assertThat(message.length()).as(message).isLessThanOrEqualTo(2_000);
  }

  @Provide
  Arbitrary<byte[]> mutatedBundles() {
    return mutated(BUNDLE);
  }

  @Provide
  Arbitrary<byte[]> mutatedHars() {
    return mutated(HAR);
  }

  @Provide
  Arbitrary<byte[]> mutatedConfigs() {
    return mutated(CONFIG);
  }

  private static Arbitrary<byte[]> mutated(byte[] seed) {
    return Mutations.of(seed);
  }

  private static byte[] read(String path) {
    try {
      return Files.readAllBytes(Path.of(path));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
