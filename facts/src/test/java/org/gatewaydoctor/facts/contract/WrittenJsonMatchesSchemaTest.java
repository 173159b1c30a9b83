package org.gatewaydoctor.facts.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gatewaydoctor.facts.ProbeOutcome;
import org.gatewaydoctor.facts.ProbeStatus;
import org.gatewaydoctor.facts.Target;
import org.gatewaydoctor.facts.bundle.BundleException;
import org.gatewaydoctor.facts.bundle.BundleReader;
import org.gatewaydoctor.facts.bundle.BundleWriter;
import org.gatewaydoctor.facts.report.Diagnosis;
import org.gatewaydoctor.facts.report.ReportJson;
import org.gatewaydoctor.facts.report.Side;
import org.gatewaydoctor.facts.report.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** What our own writers produce is valid against the published schemas, not only what we wrote by hand. */
class WrittenJsonMatchesSchemaTest {

  private final ObjectMapper plain = new ObjectMapper();

  @ParameterizedTest(name = "{0}")
  @MethodSource("org.gatewaydoctor.facts.contract.ExampleFilesTest#bundles")
  void bundleWriterOutputMatchesTheBundleSchema(Path file) throws BundleException, IOException {
    String written = new BundleWriter().toJson(new BundleReader().read(file).bundle());

    assertThat(DocsFiles.violations(DocsFiles.schema(DocsFiles.BUNDLE_SCHEMA), plain.readTree(written))).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("org.gatewaydoctor.facts.contract.ExampleFilesTest#reports")
  void reportJsonOutputMatchesTheReportSchema(Path file) throws BundleException, IOException {
    ReportJson json = new ReportJson();
    String written = json.write(json.read(Files.readString(file), file.toString()));

    assertThat(DocsFiles.violations(DocsFiles.schema(DocsFiles.REPORT_SCHEMA), plain.readTree(written))).isEmpty();
  }

  @Test
  void smallestReportWithNoGatewayMatchesTheReportSchema() throws IOException {
    Diagnosis d = new Diagnosis("1.0", null, new Target("https://chatgpt.com/", "chatgpt", "chatgpt.com"), null, null,
        new Verdict(Side.NONE, "chatgpt.com answered normally."), null, null, null, null, null,
        List.of(new ProbeOutcome("http", ProbeStatus.OK, null, 80)));
    JsonNode written = plain.readTree(new ReportJson().write(d));

    assertThat(written.get("gateway").isNull()).isTrue();
    assertThat(DocsFiles.violations(DocsFiles.schema(DocsFiles.REPORT_SCHEMA), written)).isEmpty();
  }
}
