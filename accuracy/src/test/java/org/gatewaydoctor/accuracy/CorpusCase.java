package org.gatewaydoctor.accuracy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * One case of the accuracy corpus: an input a person would send (a browser's HAR or a saved fact
 * bundle), where it comes from, and the verdict written from that source (accuracy/README.md).
 *
 * @param id the case file's path below {@code accuracy/cases}, without {@code .case.yaml}
 * @param input the input file
 * @param sources where the response comes from
 * @param recorded {@code documentation} or {@code browser}
 * @param expect the expected side and product
 * @param revisions later changes to the expectation, each with its reason
 */
record CorpusCase(String id, Path input, List<String> sources, String recorded, Expect expect,
    List<Map<String, Object>> revisions) {

  static final Set<String> SIDES = Set.of("SERVICE", "YOUR_NETWORK", "YOUR_DEVICE", "NONE", "UNKNOWN");

  CorpusCase {
    Objects.requireNonNull(id, "id");
    sources = List.copyOf(sources);
    revisions = revisions == null ? List.of() : List.copyOf(revisions);
  }

  /** The expectation: side, generator product, relays (null: not checked), and why. */
  record Expect(String side, String product, List<String> relays, String why) {}

  /** The file as written. */
  record File(String input, List<String> source, String recorded, Expect expect, List<Map<String, Object>> revisions) {}

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  /** Every case below {@code dir}, sorted by id; a malformed case file fails with its path. */
  static List<CorpusCase> all(Path dir) throws IOException {
    List<CorpusCase> out = new ArrayList<>();
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".case.yaml")).sorted().toList()) {
        out.add(read(dir, f));
      }
    }
    return out;
  }

  private static CorpusCase read(Path dir, Path file) throws IOException {
    File f;
    try {
      f = YAML.readValue(file.toFile(), File.class);
    } catch (IOException e) {
      throw new IOException(file + ": " + e.getMessage(), e);
    }
    String id = dir.relativize(file).toString().replace('\\', '/').replaceAll("\\.case\\.yaml$", "");
    if (f.input() == null || f.expect() == null || f.source() == null || f.source().isEmpty()) {
      throw new IOException(file + ": needs input, source and expect (accuracy/README.md)");
    }
    if (!SIDES.contains(f.expect().side())) {
      throw new IOException(file + ": expect.side must be one of " + SIDES + ", got " + f.expect().side());
    }
    if (f.expect().product() == null || f.expect().why() == null) {
      throw new IOException(file + ": expect needs product and why");
    }
    Path input = file.resolveSibling(f.input());
    if (!Files.isRegularFile(input)) {
      throw new IOException(file + ": input " + f.input() + " does not exist beside it");
    }
    return new CorpusCase(id, input, f.source(), f.recorded(), f.expect(), f.revisions());
  }

  /** Whether the input is a browser's HAR (else a fact bundle). */
  boolean har() {
    return input.getFileName().toString().endsWith(".har");
  }
}
