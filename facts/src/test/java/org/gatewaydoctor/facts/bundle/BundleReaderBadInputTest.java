package org.gatewaydoctor.facts.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gatewaydoctor.facts.ProbeStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every kind of bad bundle gets one line that says where (line and column, JSON pointer) and what
 * was expected, never a stack trace.
 */
@Timeout(30)
class BundleReaderBadInputTest {

  /** A small valid bundle; the line numbers in the expected messages below refer to it. */
  static final String VALID = """
      {
        "schemaVersion": "1.0",
        "createdAt": "2026-11-26T10:00:00Z",
        "tool": "gateway-doctor 0.1.0",
        "target": {"url": "https://chatgpt.com/", "service": "chatgpt", "host": "chatgpt.com"},
        "probes": [{"id": "dns", "status": "ok", "durationMs": 12}]
      }
      """;

  private final BundleReader reader = new BundleReader();

  @TempDir Path dir;

  @Test
  void theValidBundleReads() throws BundleException {
    LoadedBundle loaded = reader.read(bytes(VALID), "b.json");

    assertThat(loaded.warnings()).isEmpty();
    assertThat(loaded.bundle().target().host()).isEqualTo("chatgpt.com");
    assertThat(loaded.bundle().probes()).singleElement()
        .satisfies(p -> assertThat(p.status()).isEqualTo(ProbeStatus.OK));
  }

  @Test
  void truncatedFileSaysWhereItEnds() {
    assertThat(refusal(VALID.substring(0, 150))).isEqualTo(
        "b.json: line 5, column 50 at /target/url: the document ends too early (is the file truncated?);"
            + " expected the rest of the JSON");
  }

  @Test
  void stringWhereAnIntegerBelongsIsAWrongType() {
    assertThat(refusal(VALID.replace("\"durationMs\": 12", "\"durationMs\": \"12\""))).isEqualTo(
        "b.json: line 6, column 58 at /probes/0/durationMs: expected an integer, got a string");
  }

  @Test
  void numberWhereAStringBelongsIsAWrongType() {
    assertThat(refusal(VALID.replace("\"service\": \"chatgpt\"", "\"service\": 5"))).isEqualTo(
        "b.json: line 5, column 56 at /target/service: expected a string, got an integer");
  }

  @Test
  void fractionWhereAnIntegerBelongsIsAWrongType() {
    assertThat(refusal(VALID.replace("\"durationMs\": 12", "\"durationMs\": 12.5"))).isEqualTo(
        "b.json: line 6, column 58 at /probes/0/durationMs: expected an integer, got a number with a fraction");
  }

  @Test
  void unknownEnumValueListsTheAllowedValues() {
    assertThat(refusal(VALID.replace("\"status\": \"ok\"", "\"status\": \"weird\""))).isEqualTo(
        "b.json: line 6, column 38 at /probes/0/status: unknown value \"weird\";"
            + " expected one of ok, failed, timeout, skipped, not-run");
  }

  @Test
  void exchangeFromAnUnknownSourceIsRefusedWithTheTwoSources() {
    String exchange = "\"observations\": {\"http\": [{\"sample\": 1, \"source\": \"browser\", \"method\": \"GET\","
        + " \"url\": \"https://chatgpt.com/\", \"status\": 502}]},\n  \"probes\"";

    assertThat(refusal(VALID.replace("\"probes\"", exchange)))
        .contains("at /observations/http/0/source: unknown value \"browser\"; expected one of probe, har");
  }

  @Test
  void missingRequiredFieldIsNamed() {
    assertThat(refusal(VALID.replace(", \"host\": \"chatgpt.com\"", ""))).isEqualTo(
        "b.json: line 5, column 65 at /target: missing required field \"host\"");
  }

  @Test
  void missingNumberIsNotReadAsZero() {
    assertThat(refusal(VALID.replace(", \"durationMs\": 12", ""))).isEqualTo(
        "b.json: line 6, column 42 at /probes/0/durationMs: missing required field \"durationMs\"; expected an integer");
  }

  @Test
  void valueTheRecordRefusesIsReportedWithItsReason() {
    assertThat(refusal(VALID.replace("\"durationMs\": 12", "\"durationMs\": -1"))).isEqualTo(
        "b.json: line 6, column 60 at /probes/0: invalid value: durationMs must not be negative, got -1");
  }

  @Test
  void deepNestingInsideAnObservationIsRefusedWithAShortPointer() {
    String deep = "\"observations\": {\"dns\": " + "[".repeat(10_000) + "]".repeat(10_000) + "},\n  \"probes\"";

    assertThat(refusal(VALID.replace("\"probes\"", deep))).isEqualTo(
        "b.json: line 6, column 90 at /observations/dns/0/0/0/0/0/0/0/0/0/0/...: nested too deeply;"
            + " expected at most 64 levels of arrays and objects");
  }

  @Test
  void fileOverTheSizeLimitIsRefusedBeforeParsing() throws IOException {
    Path big = dir.resolve("big.json");
    Files.writeString(big, "{\"schemaVersion\": \"1.0\", \"tool\": \"");
    // A sparse file: 50 MiB on paper, instant to make. Zero bytes are not JSON, so parsing would say so.
    try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
      file.setLength(50L * 1024 * 1024);
    }

    assertThat(refusal(big)).isEqualTo(big + ": the file is 50.0 MiB; expected a bundle of at most 16 MiB");
  }

  @Test
  void documentOverTheSizeLimitIsRefusedInMemoryToo() {
    byte[] json = new byte[(int) BundleReader.MAX_BYTES + 1];

    assertThat(refusal(json)).isEqualTo("b.json: the file is 16.0 MiB; expected a bundle of at most 16 MiB");
  }

  @Test
  void bytesThatAreNotUtf8AreRefused() {
    byte[] json = bytes(VALID.replace("\"chatgpt\",", "\"chat?gpt\","));
    json[indexOf(json, (byte) '?')] = (byte) 0xff;

    // Jackson counts the column after the byte it could not decode (the 0xff is in column 61).

    assertThat(refusal(json)).isEqualTo("b.json: line 5, column 62 at /target/service: not UTF-8 text"
        + " (Invalid UTF-8 start byte 0xff); expected a UTF-8 encoded bundle");
  }

  @Test
  void unsupportedMajorVersionIsRefused() {
    assertThat(refusal(VALID.replace("\"1.0\"", "\"2.0\""))).isEqualTo(
        "b.json: at /schemaVersion: bundle schema 2.0 is not supported; expected 1.x"
            + " (a newer gateway-doctor wrote it: upgrade to read it)");
  }

  @Test
  void olderMajorVersionIsRefusedWithoutAdvisingAnUpgrade() {
    assertThat(refusal(VALID.replace("\"1.0\"", "\"0.9\""))).isEqualTo(
        "b.json: at /schemaVersion: bundle schema 0.9 is not supported; expected 1.x");
  }

  @Test
  void missingSchemaVersionIsRefused() {
    assertThat(refusal(VALID.replace("\"schemaVersion\": \"1.0\",", ""))).isEqualTo(
        "b.json: at /schemaVersion: missing; expected a version such as \"1.1\" (is this a fact bundle?)");
  }

  @Test
  void schemaVersionOfTheWrongTypeIsRefused() {
    assertThat(refusal(VALID.replace("\"1.0\"", "1.0"))).isEqualTo(
        "b.json: at /schemaVersion: expected a string \"major.minor\" such as \"1.1\", got 1.0");
  }

  @Test
  void schemaVersionOfTheWrongShapeIsRefused() {
    assertThat(refusal(VALID.replace("\"1.0\"", "\"1.0.3\""))).isEqualTo(
        "b.json: at /schemaVersion: expected a string \"major.minor\" such as \"1.1\", got \"1.0.3\"");
  }

  @Test
  void documentThatIsNotAnObjectIsRefused() {
    assertThat(refusal("[{\"schemaVersion\": \"1.0\"}]")).isEqualTo(
        "b.json: at the top level: expected a JSON object (a fact bundle), got an array");
  }

  @Test
  void emptyFileIsRefused() throws IOException {
    Path empty = Files.write(dir.resolve("empty.json"), new byte[0]);

    assertThat(refusal(empty)).isEqualTo(empty + ": the document is empty; expected a JSON object");
  }

  @Test
  void whitespaceOnlyIsEmptyToo() {
    assertThat(refusal(" \n\t\r\n")).isEqualTo("b.json: the document is empty; expected a JSON object");
  }

  @Test
  void missingFileIsRefused() {
    Path missing = dir.resolve("nope.json");

    assertThat(refusal(missing)).isEqualTo(missing + ": no such file; expected a fact bundle (JSON) there");
  }

  @Test
  void directoryIsNotABundle() {
    assertThat(refusal(dir)).isEqualTo(dir + ": cannot read the file (Is a directory); expected a readable fact bundle");
  }

  @Test
  void unknownFieldAtOurOwnMinorVersionIsATypo() {
    assertThat(refusal(VALID.replace("\"durationMs\": 12", "\"durationMs\": 12, \"durationMS\": 3"))).isEqualTo(
        "b.json: line 6, column 78 at /probes/0/durationMS: unknown field \"durationMS\";"
            + " expected one of durationMs, id, reason, status");
  }

  @Test
  void unknownFieldAtTheVersionThisToolWritesIsATypoToo() {
    String today = VALID.replace("\"1.0\"", "\"" + FactBundle.SCHEMA_VERSION + "\"")
        .replace("\"durationMs\": 12", "\"durationMs\": 12, \"durationMS\": 3");

    assertThat(refusal(today)).contains("at /probes/0/durationMS: unknown field \"durationMS\"");
  }

  @Test
  void unknownFieldsFromANewerMinorVersionAreSkippedWithAWarningEach() throws BundleException {
    String newer = VALID.replace("\"1.0\"", "\"1.7\"")
        .replace("\"tool\":", "\"signedBy\": \"ci\",\n  \"tool\":")
        .replace("\"durationMs\": 12", "\"durationMs\": 12, \"attempts\": [{\"n\": 1}]");

    LoadedBundle loaded = reader.read(bytes(newer), "b.json");

    assertThat(loaded.bundle().probes().get(0).durationMs()).isEqualTo(12);
    assertThat(loaded.warnings()).containsExactly(
        "b.json: at /signedBy: ignored unknown field \"signedBy\""
            + " (bundle schema 1.7 is newer than 1.1; a newer gateway-doctor added it)",
        "b.json: at /probes/0/attempts: ignored unknown field \"attempts\""
            + " (bundle schema 1.7 is newer than 1.1; a newer gateway-doctor added it)");
  }

  @Test
  void newerMinorVersionIsStillCheckedForTypes() {
    String newer = VALID.replace("\"1.0\"", "\"1.7\"").replace("\"durationMs\": 12", "\"durationMs\": \"12\"");

    assertThat(refusal(newer)).isEqualTo(
        "b.json: line 6, column 58 at /probes/0/durationMs: expected an integer, got a string");
  }

  @Test
  void duplicateFieldIsRefused() {
    assertThat(refusal(VALID.replace("\"tool\":", "\"tool\": \"x\", \"tool\":"))).isEqualTo(
        "b.json: line 4, column 22 at /tool: duplicate field 'tool'; expected each field once");
  }

  @Test
  void contentAfterTheBundleIsRefused() {
    assertThat(refusal(VALID + "{}")).isEqualTo(
        "b.json: line 8, column 1: unexpected content after the end of the document; expected nothing more");
  }

  @Test
  void syntaxErrorSaysWhere() {
    assertThat(refusal(VALID.replace("\"tool\": \"gateway-doctor 0.1.0\",", "\"tool\": 'gateway-doctor',")))
        .startsWith("b.json: line 4, column 11 at /tool: invalid JSON: Unexpected character");
  }

  private String refusal(String json) {
    return refusal(bytes(json));
  }

  private String refusal(byte[] json) {
    return oneLine(catchThrowableOfType(BundleException.class, () -> reader.read(json, "b.json")));
  }

  private String refusal(Path file) {
    return oneLine(catchThrowableOfType(BundleException.class, () -> reader.read(file)));
  }

  /** The message, once checked to be one line that shows no Java internals. */
  static String oneLine(Exception e) {
    assertThat(e).as("refused").isNotNull();
    String message = e.getMessage();
    assertThat(message).doesNotContain("\n", "\r", "Exception", "at org.", "at com.", "jackson", "Source:");
    return message;
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static int indexOf(byte[] bytes, byte b) {
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == b) {
        return i;
      }
    }
    throw new IllegalArgumentException("no " + b);
  }
}
