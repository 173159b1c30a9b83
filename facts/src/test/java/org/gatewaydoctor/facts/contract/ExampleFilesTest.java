package org.gatewaydoctor.facts.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Schema;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.gatewaydoctor.facts.bundle.BundleException;
import org.gatewaydoctor.facts.bundle.BundleReader;
import org.gatewaydoctor.facts.bundle.LoadedBundle;
import org.gatewaydoctor.facts.report.Diagnosis;
import org.gatewaydoctor.facts.report.ReportJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every file under {@code docs/examples} (and the full test fixture) is valid against its schema,
 * reads with our own reader, and names only documentation or loopback addresses.
 */
class ExampleFilesTest {

  static final Path FULL_FIXTURE = Path.of("src/test/resources/bundles/full.bundle.json");

  /** Address fields whose values must be IP literals from documentation ranges or loopback. */
  private static final Set<String> ADDRESS_FIELDS =
      Set.of("address", "remoteAddress", "resolverAddress", "addresses", "commonAddresses");
  private static final Pattern IPV4 = Pattern.compile("(?<![\\d.])(\\d{1,3}(?:\\.\\d{1,3}){3})(?![\\d.])");

  private final BundleReader reader = new BundleReader();

  static Stream<Path> bundles() {
    return Stream.concat(DocsFiles.examples(".bundle.json").stream(), Stream.of(FULL_FIXTURE.toAbsolutePath()));
  }

  static Stream<Path> reports() {
    return DocsFiles.examples(".report.json").stream();
  }

  static Stream<Path> everyExample() {
    return Stream.concat(bundles(), reports());
  }

  @Test
  void theExamplesAreThere() {
    assertThat(DocsFiles.examples(".bundle.json")).hasSizeGreaterThanOrEqualTo(4);
    assertThat(DocsFiles.examples(".report.json")).isNotEmpty();
    assertThat(DocsFiles.examples(".json")).as("every example is a bundle or a report")
        .hasSize(DocsFiles.examples(".bundle.json").size() + DocsFiles.examples(".report.json").size());
  }

  @Test
  void theSchemasAreValidDraft202012Schemas() {
    Schema meta = DocsFiles.metaSchema();

    assertThat(DocsFiles.violations(meta, DocsFiles.tree(DocsFiles.BUNDLE_SCHEMA))).isEmpty();
    assertThat(DocsFiles.violations(meta, DocsFiles.tree(DocsFiles.REPORT_SCHEMA))).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("bundles")
  void bundleMatchesTheBundleSchema(Path file) {
    assertThat(DocsFiles.violations(DocsFiles.schema(DocsFiles.BUNDLE_SCHEMA), DocsFiles.tree(file))).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("bundles")
  void bundleReadsWithoutWarnings(Path file) throws BundleException {
    LoadedBundle loaded = reader.read(file);

    assertThat(loaded.warnings()).isEmpty();
    assertThat(loaded.bundle().probes()).isNotEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("reports")
  void reportMatchesTheReportSchema(Path file) {
    assertThat(DocsFiles.violations(DocsFiles.schema(DocsFiles.REPORT_SCHEMA), DocsFiles.tree(file))).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("reports")
  void reportReadsAndWritesBackUnchanged(Path file) throws IOException, BundleException {
    ReportJson json = new ReportJson();
    Diagnosis report = json.read(Files.readString(file), file.toString());

    assertThat(json.read(json.write(report), "again")).isEqualTo(report);
    assertThat(json.write(json.read(json.write(report), "again"))).isEqualTo(json.write(report));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("reports")
  void reportPointsOnlyAtFactsItsBundleHas(Path file) {
    Path bundle = Path.of(file.toString().replace(".report.json", ".bundle.json"));
    JsonNode facts = DocsFiles.tree(bundle);
    List<String> pointers = new ArrayList<>();
    collectPointers(DocsFiles.tree(file), pointers);

    assertThat(pointers).isNotEmpty().allSatisfy(p -> assertThat(facts.at(p).isMissingNode()).as(p).isFalse());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("everyExample")
  void namesOnlyDocumentationOrLoopbackAddresses(Path file) throws IOException {
    Matcher m = IPV4.matcher(Files.readString(file));
    while (m.find()) {
      assertThat(reserved(m.group(1))).as("%s in %s", m.group(1), file.getFileName()).isTrue();
    }
    List<String> addresses = new ArrayList<>();
    if (file.toString().endsWith(".bundle.json")) { // in a report, "addresses" are cause ids
      collectAddresses(DocsFiles.tree(file), false, addresses);
    }
    assertThat(addresses).allSatisfy(a -> assertThat(reserved(a.replaceFirst(":\\d+$", "").replaceAll("[\\[\\]]", "")))
        .as("%s in %s", a, file.getFileName()).isTrue());
  }

  /** 127/8, the IPv4 documentation nets (RFC 5737), ::1 and 2001:db8::/32 (RFC 3849). */
  private static boolean reserved(String ip) {
    if (ip.contains(":") && !ip.contains(".")) {
      String v6 = ip.toLowerCase();
      return v6.equals("::1") || v6.startsWith("2001:db8:");
    }
    try {
      byte[] b = InetAddress.getByName(ip).getAddress(); // an IP literal: parsed, never looked up
      int a = b[0] & 0xff;
      int c = b[1] & 0xff;
      int d = b[2] & 0xff;
      return a == 127 || (a == 192 && c == 0 && d == 2) || (a == 198 && c == 51 && d == 100)
          || (a == 203 && c == 0 && d == 113);
    } catch (IOException e) {
      return false;
    }
  }

  private static void collectAddresses(JsonNode node, boolean isAddress, List<String> out) {
    if (node.isTextual() && isAddress) {
      out.add(node.asText());
    }
    node.fields().forEachRemaining(f -> collectAddresses(f.getValue(), ADDRESS_FIELDS.contains(f.getKey()), out));
    if (node.isArray()) {
      node.forEach(item -> collectAddresses(item, isAddress, out));
    }
  }

  private static void collectPointers(JsonNode node, List<String> out) {
    node.fields().forEachRemaining(f -> {
      if (f.getKey().equals("facts") || f.getKey().equals("fact")) {
        if (f.getValue().isArray()) {
          f.getValue().forEach(p -> out.add(p.asText()));
        } else {
          out.add(f.getValue().asText());
        }
      } else {
        collectPointers(f.getValue(), out);
      }
    });
    if (node.isArray()) {
      node.forEach(item -> collectPointers(item, out));
    }
  }
}
