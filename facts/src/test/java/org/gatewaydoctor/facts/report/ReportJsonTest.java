package org.gatewaydoctor.facts.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.gatewaydoctor.facts.Environment;
import org.gatewaydoctor.facts.ProbeOutcome;
import org.gatewaydoctor.facts.ProbeStatus;
import org.gatewaydoctor.facts.Target;
import org.gatewaydoctor.facts.bundle.BundleException;
import org.junit.jupiter.api.Test;

/** The report's JSON form: the contract's fields always there, stable text, strict reading. */
class ReportJsonTest {

  private final ReportJson json = new ReportJson();
  private final ObjectMapper plain = new ObjectMapper();

  @Test
  void absentGatewayIsWrittenAsNull() throws Exception {
    JsonNode tree = plain.readTree(json.write(healthy()));

    assertThat(tree.has("gateway")).isTrue();
    assertThat(tree.get("gateway").isNull()).isTrue();
  }

  @Test
  void otherAbsentOptionalFieldsAreLeftOut() throws Exception {
    JsonNode tree = plain.readTree(json.write(healthy()));

    assertThat(tree.has("generator")).isFalse();
    assertThat(tree.has("observedAt")).isFalse();
    assertThat(tree.get("causes").isArray()).isTrue();
  }

  @Test
  void presentGatewayIsWrittenWhole() throws Exception {
    Diagnosis d = withGateway(new GatewayAttribution("squid", "Squid", "forward-proxy", 0.95, 503,
        "Your proxy could not connect to the site.", List.of(new Evidence("X-Squid-Error: ERR_CONNECT_FAIL 111.",
            List.of("/observations/http/0/headers"), "Squid error header", 0.9)), List.of(), List.of()));

    JsonNode gateway = plain.readTree(json.write(d)).get("gateway");

    assertThat(gateway.get("product").asText()).isEqualTo("squid");
    assertThat(gateway.get("evidence").get(0).get("facts").get(0).asText()).isEqualTo("/observations/http/0/headers");
  }

  @Test
  void readingWhatWasWrittenGivesTheSameDiagnosis() throws BundleException {
    Diagnosis d = healthy();

    assertThat(json.read(json.write(d), "r.json")).isEqualTo(d);
    assertThat(json.read(json.writeCompact(d), "r.json")).isEqualTo(d);
  }

  @Test
  void fieldsFromANewerReportVersionAreIgnoredWhenReading() throws BundleException {
    Diagnosis d = healthy();
    String newer = json.write(d).replaceFirst("\\{", "{\n  \"addedInVersion1_3\": {\"x\": [1, 2]},");

    assertThat(json.read(newer, "r.json")).isEqualTo(d);
  }

  @Test
  void compactFormIsOneLine() {
    assertThat(json.writeCompact(healthy())).doesNotContain("\n").contains("\"gateway\":null");
  }

  @Test
  void indentedFormUsesUnixLineEndsAndEndsWithOne() {
    String text = json.write(healthy());

    assertThat(text).doesNotContain("\r").endsWith("}\n").contains("\n  \"gateway\": null,\n");
  }

  @Test
  void unknownSideIsRefusedWithTheAllowedValues() {
    String bad = json.writeCompact(healthy()).replace("\"NONE\"", "\"THEIRS\"");

    BundleException e = catchThrowableOfType(BundleException.class, () -> json.read(bad, "r.json"));

    int column = bad.indexOf("\"THEIRS\"") + 1; // where the value starts
    assertThat(e.getMessage()).isEqualTo("r.json: line 1, column " + column + " at /verdict/side: unknown value \"THEIRS\";"
        + " expected one of SERVICE, YOUR_NETWORK, YOUR_DEVICE, UNKNOWN, NONE");
  }

  @Test
  void missingVerdictIsRefused() {
    String bad = "{\"schemaVersion\": \"1.0\", \"target\": {\"url\": \"u\", \"service\": \"s\", \"host\": \"h\"}}";

    BundleException e = catchThrowableOfType(BundleException.class, () -> json.read(bad, "r.json"));

    // Known only once the object ends: the column of its closing brace.
    assertThat(e.getMessage()).isEqualTo("r.json: line 1, column " + bad.length() + ": missing required field \"verdict\"");
  }

  static Diagnosis healthy() {
    return new Diagnosis("1.0", null, new Target("https://chatgpt.com/", "chatgpt", "chatgpt.com"), Environment.UNKNOWN,
        null, new Verdict(Side.NONE, "chatgpt.com answered normally."), null, List.of(), List.of(), List.of(),
        List.of(), List.of(new ProbeOutcome("http", ProbeStatus.OK, null, 120)));
  }

  private static Diagnosis withGateway(GatewayAttribution gateway) {
    Diagnosis h = healthy();
    return new Diagnosis(h.schemaVersion(), "gateway-doctor 0.1.0", h.target(), h.environment(), "2026-11-26T10:00:00Z",
        new Verdict(Side.YOUR_NETWORK, "Your proxy could not reach the site."), gateway, h.causes(), h.solutions(),
        h.findings(), h.samples(), h.probes());
  }
}
