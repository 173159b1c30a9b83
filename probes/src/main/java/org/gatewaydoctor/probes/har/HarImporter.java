package org.gatewaydoctor.probes.har;

import com.fasterxml.jackson.core.JsonFactory;
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
import org.gatewaydoctor.facts.Json;
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
      return entries(Files.readAllBytes(file), origin);
    } catch (NoSuchFileException e) {
      throw new HarException(origin + ": no such file");
    } catch (IOException e) {
      throw new HarException(origin + ": cannot read the file (" + e.getMessage() + ")", e);
    }
  }

  private List<HarRequest> entries(byte[] json, String origin) throws HarException {
    if (json.length == 0) {
      throw new HarException(origin + ": the file is empty; expected a HAR 1.2 document (JSON)");
    }
    JsonNode root;
    try {
      root = mapper.readTree(json);
    } catch (JsonProcessingException e) {
      throw new HarException(JsonInputError.describe(origin, e), e);
    } catch (IOException e) {
      throw new HarException(origin + ": cannot read the document (" + e.getMessage() + ")", e);
    }
    HarNode log = new HarNode(root, "", origin).object("log");
    List<HarNode> entries = log.array("entries");
    List<HarRequest> out = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      HarRequest r = HarEntry.read(entries.get(i), i);
      out.add(new HarRequest(r.index(), redactor.redact(r.hop()), r.resourceType(), r.initiator(),
          r.location() == null ? null : redactor.url(r.location()), r.userAgent()));
    }
    return out;
  }
}
