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
        // The parser decodes some malformed UTF-8 (the overlong C0 AF as "/"); the shared policy does not.
        int bad = malformedUtf8At(json);
        if (bad >= 0) {
          throw new BundleException(origin + ": " + lineAndColumn(json, bad)
              + "not UTF-8 text (a malformed or overlong byte sequence); expected a UTF-8 encoded bundle");
        }
        return value;
      } catch (JsonProcessingException e) {
        throw new BundleException(JsonInputError.describe(origin, e, parser), e);
      }
    } catch (IOException e) {
      throw new BundleException(origin + ": cannot read the document (" + e.getMessage() + ")", e);
    }
  }

  /**
   * The offset of the first byte that is not well-formed UTF-8 (RFC 3629: overlong forms such as
   * {@code C0 AF} for "/", surrogates and bytes that cannot start a character are refused), or -1.
   * The JSON parser alone decodes some of them; HAR files and bundles share this check.
   */
  public static int malformedUtf8At(byte[] bytes) {
    java.nio.charset.CharsetDecoder d = java.nio.charset.StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
        .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT);
    java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(bytes);
    java.nio.CharBuffer out = java.nio.CharBuffer.allocate(8192);
    while (true) {
      java.nio.charset.CoderResult r = d.decode(in, out, true);
      if (r.isError()) {
        return in.position();
      }
      out.clear();
      if (r.isUnderflow()) {
        r = d.flush(out);
        return r.isError() ? in.position() : -1;
      }
    }
  }

  /**
   * {@code in} as text, decoded strictly as UTF-8 ({@link #malformedUtf8At}'s rules), a byte order
   * mark skipped; a malformed byte fails the read with a {@link java.nio.charset.CharacterCodingException}.
   */
  public static java.io.Reader strictUtf8(java.io.InputStream in) throws IOException {
    java.io.BufferedInputStream b = new java.io.BufferedInputStream(in, 1 << 16);
    b.mark(3);
    byte[] head = b.readNBytes(3);
    if (!(head.length == 3 && (head[0] & 0xff) == 0xef && (head[1] & 0xff) == 0xbb && (head[2] & 0xff) == 0xbf)) {
      b.reset();
    }
    return new java.io.InputStreamReader(b, java.nio.charset.StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
        .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT));
  }

  /** "line L, column C " of byte {@code offset} (both from 1, the column in bytes). */
  public static String lineAndColumn(byte[] bytes, int offset) {
    int line = 1;
    int start = 0;
    for (int i = 0; i < offset && i < bytes.length; i++) {
      if (bytes[i] == '\n') {
        line++;
        start = i + 1;
      }
    }
    return "line " + line + ", column " + (offset - start + 1) + ": ";
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
