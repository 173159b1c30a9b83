package org.gatewaydoctor.rules.authoring;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.gatewaydoctor.facts.http.HttpFailure;
import org.gatewaydoctor.rules.engine.RuleMessage;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

/**
 * The rows of {@code uniform-failures.yaml}: each names a failure kind fact bundles can hold, at most
 * once per file, and findings that findings.yaml defines. One rule reads every row, so a typo here
 * compiles and loads into a row that never matches or a finding without a sentence.
 */
final class UniformFailureChecks {

  private static final String FILE = "uniform-failures.yaml";

  /** The failure kinds as bundles write them ({@code connect-timeout}). */
  private static final Set<String> KINDS = Arrays.stream(HttpFailure.values())
      .map(f -> f.name().toLowerCase(Locale.ROOT).replace('_', '-'))
      .collect(Collectors.toCollection(TreeSet::new));

  private final CatalogFiles files;
  private final List<RuleMessage> out;

  UniformFailureChecks(CatalogFiles files, List<RuleMessage> out) {
    this.files = files;
    this.out = out;
  }

  void run() {
    Set<String> findings = files.pairs("findings.yaml").keySet();
    for (YamlFile f : files.layers(FILE)) {
      Set<String> seen = new HashSet<>();
      for (MappingNode row : f.entries()) {
        Node idNode = YamlFile.field(row, "id").orElse(row);
        String id = YamlFile.scalar(idNode);
        if (id == null || !KINDS.contains(id)) {
          out.add(f.at(idNode, "uniform failure " + id + " is not a failure kind of fact bundles; use one of " + KINDS));
        } else if (!seen.add(id)) {
          out.add(f.at(idNode, "uniform failure " + id + " is listed twice in this file; the later row silently "
              + "replaces the earlier one"));
        }
        for (String field : List.of("finding", "unless")) {
          YamlFile.field(row, field).filter(n -> !findings.contains(YamlFile.scalar(n)))
              .ifPresent(n -> out.add(f.at(n, "uniform failure " + id + ": " + field + " " + YamlFile.scalar(n)
                  + " has no sentence in findings.yaml (a typo, or add it there)")));
        }
      }
    }
  }
}
