package org.gatewaydoctor.facts.bundle;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;

/**
 * Reads one JSON document strictly: the whole input must be exactly one value, and every failure
 * becomes a {@link BundleException} with a one-line message ({@link JsonInputError}).
 */
public final class JsonInput {

  private JsonInput() {}

  /**
   * Reads {@code json} with {@code reader}; {@code origin} names the input in messages.
   *
   * @throws BundleException when the input is empty, not JSON, not of the reader's type, or has
   *     anything after its one value
   */
  public static <T> T read(ObjectReader reader, byte[] json, String origin) throws BundleException {
    if (isBlank(json)) {
      throw new BundleException(origin + ": the document is empty; expected a JSON object");
    }
    // Our own parser, still open when mapping fails, so that messages can say where it stood.
    try (JsonParser parser = reader.createParser(json)) {
      try {
        T value = reader.readValue(parser);
        if (parser.nextToken() != null) {
          throw new BundleException(origin + ": " + JsonInputError.where(parser)
              + "unexpected content after the end of the document; expected nothing more");
        }
        return value;
      } catch (JsonProcessingException e) {
        throw new BundleException(JsonInputError.describe(origin, e, parser), e);
      }
    } catch (IOException e) {
      throw new BundleException(origin + ": cannot read the document (" + e.getMessage() + ")", e);
    }
  }

  /** Whether {@code json} holds nothing but JSON whitespace (RFC 8259 section 2). */
  static boolean isBlank(byte[] json) {
    for (byte b : json) {
      if (b != ' ' && b != '\t' && b != '\n' && b != '\r') {
        return false;
      }
    }
    return true;
  }
}
