package org.gatewaydoctor.facts.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.gatewaydoctor.facts.Json;
import org.gatewaydoctor.facts.bundle.BundleException;
import org.gatewaydoctor.facts.bundle.JsonInput;

/**
 * The JSON form of {@link Diagnosis}: stable field order and formatting, so that the same
 * diagnosis always gives the same bytes. The gateway is written as {@code null} when absent (the
 * contract names the field); other absent optional fields are left out. Thread-safe.
 */
public final class ReportJson {

  private final ObjectMapper mapper = Json.newMapper();

  /** The report as indented JSON, ending with a newline. */
  public String write(Diagnosis diagnosis) {
    try {
      return mapper.writeValueAsString(diagnosis) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("a diagnosis could not be serialised", e);
    }
  }

  /** The report on one line, for logs and line-oriented tools. */
  public String writeCompact(Diagnosis diagnosis) {
    try {
      return mapper.writer().without(SerializationFeature.INDENT_OUTPUT).writeValueAsString(diagnosis);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("a diagnosis could not be serialised", e);
    }
  }

  /**
   * Reads a report written by {@link #write}; {@code origin} names it in messages. Fields this
   * version does not know are ignored, as docs/report-format.md asks of every report consumer
   * (minor versions only add fields).
   */
  public Diagnosis read(String json, String origin) throws BundleException {
    return JsonInput.read(mapper.readerFor(Diagnosis.class).without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES),
        json.getBytes(StandardCharsets.UTF_8), origin);
  }
}
