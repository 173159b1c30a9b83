package org.gatewaydoctor.rules.authoring;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.gatewaydoctor.rules.engine.RuleMessage;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * One catalogue file as an author wrote it: its text, its lines and its YAML node tree, so that a
 * problem can be reported at the line and column of the value it is about (Jackson's trees forget
 * where their values were).
 *
 * @param label how problems name the file: relative to the rule directory, or {@code classpath:...}
 * @param lines the file's lines, for checks of what the parser hides (comments)
 * @param root the composed tree, or null when the file is empty
 */
record YamlFile(String label, List<String> lines, Node root) {

  YamlFile {
    Objects.requireNonNull(label, "label");
    lines = List.copyOf(lines);
  }

  /** Composes {@code text}; a syntax error is the caller's to report (the catalogue loader does). */
  static YamlFile parse(String label, String text) {
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(true); // duplicates are reported by the checks, with both lines
    return new YamlFile(label, text.lines().toList(), new Yaml(options).compose(new StringReader(text)));
  }

  /** A problem at {@code node}'s start. */
  RuleMessage at(Node node, String message) {
    return new RuleMessage(label, node.getStartMark().getLine() + 1, node.getStartMark().getColumn() + 1, message);
  }

  /** The entries of a list file (causes, solutions, fingerprints); empty when it is not a list. */
  List<MappingNode> entries() {
    List<MappingNode> out = new ArrayList<>();
    if (root instanceof SequenceNode seq) {
      seq.getValue().stream().filter(MappingNode.class::isInstance).map(MappingNode.class::cast).forEach(out::add);
    }
    return out;
  }

  /** The key-value pairs of a map file (findings, thresholds); empty when it is not a map. */
  List<NodeTuple> pairs() {
    return root instanceof MappingNode map ? map.getValue() : List.of();
  }

  /** The value of {@code field} in {@code entry}. */
  static Optional<Node> field(MappingNode entry, String field) {
    return entry.getValue().stream().filter(t -> field.equals(scalar(t.getKeyNode()))).map(NodeTuple::getValueNode)
        .findFirst();
  }

  /** The text of a scalar node, or null for any other node. */
  static String scalar(Node node) {
    return node instanceof ScalarNode s ? s.getValue() : null;
  }

  /** The scalar items of a sequence node (a flow list {@code [a, b]} too), or none. */
  static List<ScalarNode> items(Node node) {
    if (node instanceof SequenceNode seq) {
      return seq.getValue().stream().filter(ScalarNode.class::isInstance).map(ScalarNode.class::cast).toList();
    }
    return node instanceof ScalarNode s ? List.of(s) : List.of();
  }
}
