package org.gatewaydoctor.rules.authoring;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.gatewaydoctor.rules.authoring.CatalogFiles.Entry;
import org.gatewaydoctor.rules.authoring.DrlReferences.Kind;
import org.gatewaydoctor.rules.authoring.DrlReferences.Reference;
import org.gatewaydoctor.rules.engine.RuleMessage;
import org.gatewaydoctor.rules.report.ReportAssembler;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * The checks of the catalogue that its loader cannot make because each file is valid on its own:
 * references between files and from rules, fingerprint patterns, units of thresholds, placeholders.
 * Each problem is located at the value it is about.
 */
final class CatalogChecks {

  /** A catalogue placeholder, as the report fills them: {@code {name}}. */
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z][a-zA-Z0-9_.-]*)}");

  /** What follows a scalar on its line when YAML took the rest for a comment. */
  private static final Pattern COMMENT_AFTER = Pattern.compile("^\\s+#(.*)$");

  private final CatalogFiles files;
  private final DrlReferences drl;
  private final List<RuleMessage> out;

  CatalogChecks(CatalogFiles files, DrlReferences drl, List<RuleMessage> out) {
    this.files = files;
    this.drl = drl;
    this.out = out;
  }

  /** Runs every check, adding what it finds to the list given at construction. */
  void run() {
    Map<String, Entry> causes = files.entries("causes.yaml");
    Map<String, Entry> solutions = files.entries("solutions.yaml");
    Set<String> addressed = solutions(causes, solutions.values());
    causes(causes, addressed);
    references(solutions);
    fingerprints();
    new ThresholdUnits(files, out).run();
    new UniformFailureChecks(files, out).run();
    files.all().forEach(f -> cutTexts(f, f.root()));
  }

  /** Checks each solution; returns the causes they address. */
  private Set<String> solutions(Map<String, Entry> causes, Collection<Entry> solutions) {
    Set<String> addressed = new HashSet<>();
    for (Entry s : solutions) {
      YamlFile.field(s.node(), "addresses").map(YamlFile::items).orElse(List.of()).forEach(a -> {
        addressed.add(a.getValue());
        if (!causes.containsKey(a.getValue())) {
          out.add(s.file().at(a, "solution " + s.id() + " addresses cause " + a.getValue()
              + ", which causes.yaml does not define"));
        }
      });
      placeholders(s);
    }
    return addressed;
  }

  private void causes(Map<String, Entry> causes, Set<String> addressed) {
    Set<String> findings = files.pairs("findings.yaml").keySet();
    for (Entry c : causes.values()) {
      YamlFile.field(c.node(), "evidence").filter(MappingNode.class::isInstance).map(n -> ((MappingNode) n).getValue())
          .orElse(List.of()).stream().map(NodeTuple::getKeyNode)
          .filter(k -> !findings.contains(YamlFile.scalar(k)))
          .forEach(k -> out.add(c.file().at(k, "cause " + c.id() + " weighs finding " + YamlFile.scalar(k)
              + ", which findings.yaml does not define")));
      YamlFile.field(c.node(), "parent").filter(p -> !causes.containsKey(YamlFile.scalar(p)))
          .ifPresent(p -> out.add(c.file().at(p, "cause " + c.id() + " has parent " + YamlFile.scalar(p)
              + ", which causes.yaml does not define")));
      // A broader cause is advised for through its sub-causes' solutions.
      boolean isParent = causes.values().stream().anyMatch(o ->
          YamlFile.field(o.node(), "parent").map(YamlFile::scalar).filter(c.id()::equals).isPresent());
      if (!addressed.contains(c.id()) && !isParent) {
        out.add(c.file().at(c.node(), "cause " + c.id() + " has no solution: no entry of solutions.yaml lists it "
            + "under addresses, so a report that finds it advises nothing for it"));
      }
    }
  }

  /** Ids that rules name as text and the catalogue must define. */
  private void references(Map<String, Entry> solutions) {
    Set<String> findings = files.pairs("findings.yaml").keySet();
    Set<String> thresholds = files.pairs("thresholds.yaml").keySet();
    for (Reference r : drl.of(Kind.FINDING)) {
      if (!findings.contains(r.id())) {
        out.add(r.problem("finding " + r.id() + " has no sentence in findings.yaml (a typo, or add it there)"));
      }
    }
    for (Reference r : drl.of(Kind.THRESHOLD)) {
      if (!thresholds.contains(r.id())) {
        out.add(r.problem("threshold " + r.id() + " is not in thresholds.yaml, so this rule can never fire"));
      }
    }
    for (Reference r : drl.of(Kind.SOLUTION)) {
      if (!solutions.containsKey(r.id())) {
        out.add(r.problem("solution " + r.id() + " is not in solutions.yaml"));
      }
    }
  }

  /** A placeholder in a solution's title or steps that nothing fills stays as {@code {name}} in reports. */
  private void placeholders(Entry s) {
    Set<String> known = new HashSet<>(ReportAssembler.CONTEXT_PLACEHOLDERS);
    drl.of(Kind.SOLUTION).stream().filter(r -> r.id().equals(s.id()) && r.detail() != null)
        .forEach(r -> known.add(r.detail()));
    for (String field : List.of("title", "steps", "osSteps", "browserSteps", "costNote")) {
      YamlFile.field(s.node(), field).ifPresent(n -> texts(n).forEach(t -> {
        Matcher m = PLACEHOLDER.matcher(t.getValue());
        while (m.find()) {
          if (!known.contains(m.group(1))) {
            out.add(s.file().at(t, "solution " + s.id() + ": {" + m.group(1) + "} is not a placeholder any report "
                + "fills; use one of " + new TreeSet<>(known)));
          }
        }
      }));
    }
  }

  private void fingerprints() {
    for (YamlFile f : files.layers("fingerprints.yaml")) {
      Set<String> seen = new HashSet<>();
      for (MappingNode product : f.entries()) {
        Node idNode = YamlFile.field(product, "id").orElse(product);
        String id = YamlFile.scalar(idNode);
        if (id != null && !seen.add(id)) {
          out.add(f.at(idNode, "fingerprint id " + id + " is defined twice in this file; the later entry silently "
              + "replaces the earlier one"));
        }
        YamlFile.field(product, "signals").map(n -> n instanceof SequenceNode q ? q.getValue() : List.<Node>of())
            .orElse(List.of()).stream().filter(MappingNode.class::isInstance)
            .forEach(signal -> YamlFile.field((MappingNode) signal, "pattern").ifPresent(p -> pattern(f, id, p)));
      }
    }
  }

  private void pattern(YamlFile f, String product, Node node) {
    String pattern = YamlFile.scalar(node);
    if (pattern == null) {
      return;
    }
    try {
      if (Pattern.compile(pattern, Pattern.CASE_INSENSITIVE).matcher("").find()) {
        out.add(f.at(node, "fingerprint " + product + ": pattern '" + pattern + "' matches the empty string, so it "
            + "matches every response; put the text it must find in it"));
      }
    } catch (PatternSyntaxException e) {
      out.add(f.at(node, "fingerprint " + product + ": pattern '" + pattern + "' is not a regular expression: "
          + e.getDescription() + (e.getIndex() >= 0 ? " at character " + (e.getIndex() + 1) : "")
          + "; escape . ( ) [ ] with a backslash"));
    }
  }

  /**
   * An unquoted text followed by {@code  #} on its line ends there: YAML reads the rest as a comment.
   * A short word with a comment after it ({@code risk: none  # ...}) is meant that way; text with
   * spaces, or a {@code #} that touches what follows ({@code Reference #123}), was cut by accident.
   */
  private void cutTexts(YamlFile f, Node node) {
    if (node instanceof MappingNode m) {
      m.getValue().forEach(t -> cutTexts(f, t.getValueNode()));
    } else if (node instanceof SequenceNode q) {
      q.getValue().forEach(n -> cutTexts(f, n));
    } else if (node instanceof ScalarNode s && s.isPlain()) {
      List<String> lines = f.lines();
      int line = s.getEndMark().getLine();
      if (line >= lines.size()) {
        return;
      }
      String rest = lines.get(line).substring(Math.min(s.getEndMark().getColumn(), lines.get(line).length()));
      Matcher m = COMMENT_AFTER.matcher(rest);
      if (m.find() && (s.getValue().contains(" ") || (!m.group(1).isEmpty() && !m.group(1).startsWith(" ")))) {
        out.add(new RuleMessage(f.label(), line + 1, s.getEndMark().getColumn() + 1 + rest.indexOf('#'),
            "this text is cut at ' #': YAML reads \"#" + m.group(1).strip() + "\" as a comment, so the text ends with \""
                + tail(s.getValue()) + "\"; put the whole text in double quotes"));
      }
    }
  }

  private static String tail(String value) {
    return value.length() <= 40 ? value : "..." + value.substring(value.length() - 37);
  }

  /** The text scalars under a field: one text, a list of them, or a map of lists (osSteps). */
  private static List<ScalarNode> texts(Node node) {
    if (node instanceof MappingNode m) {
      return m.getValue().stream().flatMap(t -> texts(t.getValueNode()).stream()).toList();
    }
    return YamlFile.items(node);
  }
}
