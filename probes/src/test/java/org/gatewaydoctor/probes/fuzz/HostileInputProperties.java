package org.gatewaydoctor.probes.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import net.jqwik.api.AfterFailureMode;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.gatewaydoctor.facts.bundle.BundleException;
import org.gatewaydoctor.facts.bundle.BundleReader;
import org.gatewaydoctor.probes.config.ConfigurationException;
import org.gatewaydoctor.probes.config.ConfigurationLoader;
import org.gatewaydoctor.probes.har.HarException;
import org.gatewaydoctor.probes.har.HarImporter;
import org.gatewaydoctor.probes.rig.GeneratedSection;
import org.gatewaydoctor.probes.rig.Mutations;

/**
 * Issue 16: fuzzing of the inputs a user hands the tool. Real documents (a bundle of the documented
 * examples, a HAR saved by Chrome, the documented configuration file) are mutated (bytes flipped,
 * cut, spliced with JSON and YAML fragments, control and non-UTF-8 bytes, huge numbers, duplicate
 * keys). Each is either read or refused with the tool's own exception and a one-line message that
 * names the input; never anything else. 10,000 cases each, every build, with a fixed seed: the
 * counts are docs/reliability.md, section fuzzing-input.
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

  static final int TRIES = 10_000;
  /** Fixed, so that the counts in docs/reliability.md are the same on every run. */
  static final String SEED = "16015";
  static final String RERUN = "GATEWAY_DOCTOR_EGRESS=loopback ./mvnw -B -q -pl probes -am test "
      + "-Dtest=HostileInputProperties -Dsurefire.failIfNoSpecifiedTests=false";
  private static final Path REPORT = Path.of("../docs/reliability.md");
  /** Per input, how many mutated documents were read and how many refused. */
  private static final Map<String, int[]> OUTCOMES = new LinkedHashMap<>();

  @BeforeContainer
  static void startCounting() {
    List.of("fact bundle", "HAR", "configuration file").forEach(input -> OUTCOMES.put(input, new int[2]));
  }

  @AfterContainer
  static void report() {
    // A failing try is reported by its property; a partial run's counts mean nothing.
    if (OUTCOMES.values().stream().allMatch(c -> c[0] + c[1] == TRIES)) {
      GeneratedSection.check(REPORT, "fuzzing-input", markdown(), "regenerate it with " + RERUN
          + " -Dgatewaydoctor.docs.update=true");
    }
  }

  @Property(tries = TRIES, seed = SEED, afterFailure = AfterFailureMode.PREVIOUS_SEED)
  void aMutatedBundleIsReadOrRefusedInOneLine(@ForAll("mutatedBundles") byte[] input) {
    try {
      bundles.read(input, "fuzz.json");
      OUTCOMES.get("fact bundle")[0]++;
    } catch (BundleException e) {
      OUTCOMES.get("fact bundle")[1]++;
      assertOneLine(e.getMessage(), "fuzz.json");
    }
  }

  @Property(tries = TRIES, seed = SEED, afterFailure = AfterFailureMode.PREVIOUS_SEED)
  void aMutatedHarIsReadOrRefusedInOneLine(@ForAll("mutatedHars") byte[] input) {
    try {
      hars.page(input, "fuzz.har", null, Set.of());
      OUTCOMES.get("HAR")[0]++;
    } catch (HarException e) {
      OUTCOMES.get("HAR")[1]++;
      assertOneLine(e.getMessage(), "fuzz.har");
      assertThat(e.getMessage()).doesNotContain("bundle");
    }
  }

  @Property(tries = TRIES, seed = SEED, afterFailure = AfterFailureMode.PREVIOUS_SEED)
  void aMutatedConfigurationFileIsReadOrRefusedInOneLine(@ForAll("mutatedConfigs") byte[] input) {
    try {
      configs.read(input, "fuzz.yaml", "--config");
      OUTCOMES.get("configuration file")[0]++;
    } catch (ConfigurationException e) {
      OUTCOMES.get("configuration file")[1]++;
      assertOneLine(e.getMessage(), "fuzz.yaml");
    }
  }

  private static String markdown() {
    StringBuilder md = new StringBuilder("""
        <!-- Generated by HostileInputProperties (probes module) from a real run. Do not edit; regenerate with
             %s -Dgatewaydoctor.docs.update=true -->

        ## Fuzzing the input files

        %,d documents per reader generated by jqwik (seed %s): the documented example bundle
        (cloudflare-502-origin-down), a HAR saved by Chrome and the documented configuration file, each with
        one to four edits (a byte replaced by any value, invalid UTF-8 too; a cut; JSON or YAML syntax, a
        control character, a bidi override, a huge number or a duplicate key spliced in; a stretch repeated,
        for deep nesting and duplicated members). Each must be read, or refused with the reader's own
        exception and one line that starts with the input's name, has no line break, escape or bell, and is
        at most 2,000 characters; anything else (another exception, a hang) fails the build.

        | input | tries | read | refused in one line | other outcome |
        |---|---:|---:|---:|---:|
        """.formatted(RERUN, TRIES, SEED));
    OUTCOMES.forEach((input, c) -> md.append("| ").append(input).append(" | ").append(String.format("%,d", TRIES))
        .append(" | ").append(String.format("%,d", c[0])).append(" | ").append(String.format("%,d", c[1]))
        .append(" | 0 |\n"));
    md.append("\nRe-run: `").append(RERUN).append("`.\n");
    return md.toString();
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
