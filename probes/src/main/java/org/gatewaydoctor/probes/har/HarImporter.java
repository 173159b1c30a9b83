package org.gatewaydoctor.probes.har;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.gatewaydoctor.facts.Echo;
import org.gatewaydoctor.facts.Json;
import org.gatewaydoctor.facts.bundle.JsonInput;
import org.gatewaydoctor.facts.bundle.JsonInputError;
import org.gatewaydoctor.facts.bundle.Redactor;
import org.gatewaydoctor.facts.http.HttpExchange;

/**
 * Imports a HAR 1.2 file saved from a browser's developer tools as {@link HttpExchange}
 * observations ({@code source = "har"}), redacting secrets on the way in: credential headers and
 * cookie values are never kept, tokens in query strings and token-like values in response bodies
 * are replaced (facts' {@link Redactor}). Request headers are not kept at all; only the sizes of
 * the request's header block and Cookie header are. Thread-safe.
 *
 * <p>Timings map to our phases as HAR 1.2 defines them: {@code dns}, {@code connect} minus
 * {@code ssl} (HAR's connect includes the TLS handshake "for backwards compatibility"),
 * {@code ssl}, {@code wait} (time to first byte) and the entry's {@code time} as the total; -1
 * (not applicable) becomes "not measured".
 */
public final class HarImporter {

  /** The largest HAR accepted, in bytes: {@value} (200 MiB; HARs carry whole response bodies). */
  public static final long MAX_BYTES = 200L * 1024 * 1024;

  private final ObjectMapper mapper;
  private final Redactor redactor = new Redactor();

  public HarImporter() {
    JsonFactory factory = JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxNestingDepth(Json.MAX_NESTING_DEPTH)
            // A HAR holds whole response bodies as strings (a JavaScript bundle runs to megabytes).
            .maxStringLength((int) MAX_BYTES)
            .build())
        .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
        // One strict policy with the bundle reader (issue 16, defect 6): a key given twice is refused,
        // not silently "the last one wins".
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .build();
    this.mapper = JsonMapper.builder(factory).build();
  }

  /**
   * Reads {@code file} and picks the page the person was looking at (the URL they named, or the
   * last top-level navigation) with the requests that are samples of it (docs/reasoning.md §4).
   *
   * @param givenUrl the page's URL as the person named it, or null to find it
   * @param siteHosts host names that belong to the page's site besides its own (a service profile's)
   */
  public HarPage page(Path file, String givenUrl, Set<String> siteHosts) throws HarException {
    return PageSamples.select(entries(file), givenUrl, siteHosts, file.toString());
  }

  /** {@link #page(Path, String, Set)} of a HAR held in memory; {@code origin} names it in messages. */
  public HarPage page(byte[] json, String origin, String givenUrl, Set<String> siteHosts) throws HarException {
    return PageSamples.select(entries(json, origin), givenUrl, siteHosts, origin);
  }

  /** Every entry of {@code file} as one exchange, numbered from 1 in file order (no page picked). */
  public List<HttpExchange> read(Path file) throws HarException {
    return entries(file).stream().map(HarRequest::hop).toList();
  }

  /** Every entry of a HAR held in memory as one exchange; {@code origin} names it in messages. */
  public List<HttpExchange> read(byte[] json, String origin) throws HarException {
    return entries(json, origin).stream().map(HarRequest::hop).toList();
  }

  private List<HarRequest> entries(Path file) throws HarException {
    String origin = file.toString();
    try {
      long size = Files.size(file);
      if (size > MAX_BYTES) {
        throw new HarException(String.format(Locale.ROOT, "%s: the file is %.1f MB; a HAR may be at most %d MB",
            origin, size / 1e6, MAX_BYTES / (1024 * 1024)));
      }
      if (size == 0) {
        throw empty(origin);
      }
      // Streamed entry by entry: a HAR of 100,000 requests never stands in memory whole.
      try (java.io.Reader in = JsonInput.strictUtf8(Files.newInputStream(file));
          JsonParser parser = mapper.getFactory().createParser(in)) {
        return entriesLocated(parser, origin);
      }
    } catch (NoSuchFileException e) {
      throw new HarException(origin + ": no such file");
    } catch (java.nio.charset.CharacterCodingException e) {
      throw notUtf8(origin);
    } catch (JsonProcessingException e) {
      throw new HarException(JsonInputError.describe(origin, e).replace("a bundle", "a HAR file")
          .replace("bundle", "HAR file"), e);
    } catch (IOException e) {
      throw new HarException(origin + ": cannot read the file (" + Echo.line(e.getMessage()) + ")", e);
    }
  }

  private List<HarRequest> entries(byte[] json, String origin) throws HarException {
    if (json.length == 0) {
      throw empty(origin);
    }
    try (JsonParser parser = mapper.getFactory().createParser(JsonInput.strictUtf8(new java.io.ByteArrayInputStream(json)))) {
      return entriesLocated(parser, origin);
    } catch (java.nio.charset.CharacterCodingException e) {
      // In memory, the bad byte can be named, as a bundle's is (issue 16: the API's answer said nowhere).
      int bad = JsonInput.malformedUtf8At(json);
      throw bad < 0 ? notUtf8(origin) : new HarException(origin + ": " + JsonInput.lineAndColumn(json, bad)
          + "not UTF-8 text (a malformed or overlong byte sequence); expected a UTF-8 encoded HAR file");
    } catch (JsonProcessingException e) {
      throw new HarException(JsonInputError.describe(origin, e).replace("a bundle", "a HAR file")
          .replace("bundle", "HAR file"), e);
    } catch (IOException e) {
      throw new HarException(origin + ": cannot read the document (" + Echo.line(e.getMessage()) + ")", e);
    }
  }

  /**
   * {@link #entries(JsonParser, String)}, a JSON error described where the parser stood: an error
   * such as "nested too deeply" carries no location of its own (issue 16: the API's answer said nowhere).
   */
  private List<HarRequest> entriesLocated(JsonParser parser, String origin) throws HarException, IOException {
    try {
      return entries(parser, origin);
    } catch (JsonProcessingException e) {
      throw new HarException(JsonInputError.describe(origin, e, parser).replace("a bundle", "a HAR file")
          .replace("bundle", "HAR file"), e);
    }
  }

  private static HarException notUtf8(String origin) {
    // RFC 8259 section 8.1 (JSON is UTF-8); HAR 1.2 says the same of its text.
    return new HarException(origin + ": not UTF-8 text (a malformed or overlong byte sequence); expected a UTF-8"
        + " encoded HAR file");
  }

  private static HarException empty(String origin) {
    return new HarException(origin + ": the file is empty; expected a HAR 1.2 document (JSON)");
  }

  /** The versions of the HAR format there are (HAR 1.2 spec: an empty version means 1.1). */
  private static final Set<String> VERSIONS = Set.of("1.1", "1.2", "");

  /**
   * Reads {@code /log/entries} one entry at a time, with {@code /log/version} checked; everything
   * else of the document is only checked to be well-formed JSON.
   */
  private List<HarRequest> entries(JsonParser p, String origin) throws IOException, HarException {
    JsonToken root = p.nextToken();
    if (root != JsonToken.START_OBJECT) {
      throw new HarException(origin + ": at /: expected an object (a HAR 1.2 document), got " + what(root));
    }
    Kept kept = new Kept();
    List<HarRequest> out = null;
    boolean sawLog = false;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      JsonToken value = p.nextToken();
      if (!field.equals("log")) {
        p.skipChildren();
        continue;
      }
      sawLog = true;
      if (value != JsonToken.START_OBJECT) {
        throw new HarException(origin + ": at /log: expected an object, got " + what(value));
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        JsonToken v = p.nextToken();
        if (name.equals("version")) {
          if (v != JsonToken.VALUE_STRING || !VERSIONS.contains(p.getText())) {
            throw new HarException(origin + ": at /log/version: expected \"1.2\" or \"1.1\" (a HAR file's version), got "
                + (v == JsonToken.VALUE_STRING ? Echo.of(p.getText()) : what(v)));
          }
        } else if (name.equals("entries")) {
          if (v != JsonToken.START_ARRAY) {
            throw new HarException(origin + ": at /log/entries: expected an array, got " + what(v));
          }
          out = new ArrayList<>();
          int i = 0;
          while (p.nextToken() != JsonToken.END_ARRAY) {
            JsonNode entry = mapper.readTree(p);
            // Slimmed before it is redacted: what slimming drops (the headers and body of the
            // thousandth image) need not be searched for secrets, which is most of a large HAR's cost.
            HarRequest r = kept.slim(HarEntry.read(new HarNode(entry, "/log/entries/" + i, origin), i));
            out.add(new HarRequest(r.index(), redactor.redact(r.hop()), r.resourceType(), r.initiator(),
                r.location() == null ? null : redactor.url(r.location()), r.userAgent()));
            i++;
          }
        } else {
          p.skipChildren();
        }
      }
    }
    if (p.nextToken() != null) {
      throw new HarException(origin + ": at line " + p.currentLocation().getLineNr()
          + ": more after the end of the HAR document; expected nothing");
    }
    if (!sawLog) {
      throw new HarException(origin + ": at /: missing field \"log\" (is this a HAR file?)");
    }
    if (out == null) {
      throw new HarException(origin + ": at /log: missing field \"entries\"");
    }
    return out;
  }

  private static String what(JsonToken t) {
    if (t == null) {
      return "the end of the file";
    }
    return switch (t) {
      case START_OBJECT -> "an object";
      case START_ARRAY -> "an array";
      case VALUE_STRING -> "a string";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
      case VALUE_TRUE, VALUE_FALSE -> "a boolean";
      case VALUE_NULL -> "null";
      default -> t.asString() == null ? t.name() : t.asString();
    };
  }

  /**
   * What is kept of each entry while the HAR streams by (issue 16, defect 1: memory stays bounded
   * whatever the number of entries). The diagnosis samples the page's navigations and its failing
   * and working calls ({@link PageSamples}, at most {@link PageSamples#MAX_SAMPLES}); an entry beyond
   * the first of its kind that could ever be a sample keeps its URL, status, failure and timings,
   * but not its headers and body.
   */
  private static final class Kept {
    private int documents;
    private int failures;
    private int others;

    HarRequest slim(HarRequest r) {
      HttpExchange h = r.hop();
      boolean failed = h.failure() != null || h.status() == null || h.status() >= 400;
      int seen = r.document() || r.resourceType() == null ? ++documents : failed ? ++failures : ++others;
      int allowed = r.document() || r.resourceType() == null ? 4 * PageSamples.MAX_SAMPLES : PageSamples.MAX_SAMPLES;
      if (seen <= allowed || (h.headers().isEmpty() && h.bodyExcerpt() == null)) {
        return r;
      }
      HttpExchange bare = new HttpExchange(h.sample(), h.source(), h.method(), h.url(), h.status(), h.protocol(),
          h.remoteAddress(), h.viaProxy(), h.timings(), List.of(), h.requestHeaderBytes(), h.requestCookieBytes(),
          h.redirects(), null, h.bodyBytes(), h.bodyTruncated(), h.failure(), h.detail(), h.startedAt(),
          h.resourceType());
      return new HarRequest(r.index(), bare, r.resourceType(), r.initiator(), r.location(), r.userAgent());
    }
  }
}
