package org.gatewaydoctor.rules.docs;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gatewaydoctor.facts.Immutable;

/**
 * What each rule of a set of DRL files says about itself, read from the text as rule authors
 * write it (STYLE.md): the comment above the rule (its source), and the finding codes and
 * solution ids it produces and reads. It reads text; it never compiles. A table-driven rule takes
 * its codes from catalogue rows: a rule whose conditions match a table's fact type (such as
 * {@code UniformFailure(}) produces and reads the codes the table gives for that type.
 */
public final class DrlIndex {

  private static final Pattern RULE = Pattern.compile("^\\s*rule\\s+\"([^\"]+)\"");
  private static final Pattern PACKAGE = Pattern.compile("^\\s*package\\s+([\\w.]+)");
  private static final Pattern CODE = Pattern.compile("\"([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)\"");
  private static final Pattern SOLUTION_PARAM = Pattern.compile("new SolutionParam\\(\\s*\"([a-z0-9-]+)\"");

  /**
   * One rule.
   *
   * @param area the last segment of its package ({@code dns})
   * @param file the DRL file it is in
   * @param line the line of its {@code rule} keyword
   * @param name its name, a sentence
   * @param source the comment above it (its source), joined into one paragraph
   * @param produces finding codes its consequence inserts
   * @param reads finding codes its conditions match
   * @param solutions solution ids it supplies values for
   */
  public record RuleEntry(String area, String file, int line, String name, String source, List<String> produces,
      List<String> reads, List<String> solutions) {
    public RuleEntry {
      Objects.requireNonNull(name, "name");
      produces = Immutable.list(produces);
      reads = Immutable.list(reads);
      solutions = Immutable.list(solutions);
    }
  }

  private final List<RuleEntry> rules;

  /**
   * The finding codes a catalogue table gives the rules that read it.
   *
   * @param factType the simple name of the table's fact type, as rules match it ({@code UniformFailure})
   * @param produces the codes its rows make rules insert
   * @param reads the codes its rows make rules match
   */
  public record Table(String factType, List<String> produces, List<String> reads) {
    public Table {
      Objects.requireNonNull(factType, "factType");
      produces = Immutable.list(produces);
      reads = Immutable.list(reads);
    }
  }

  private final List<Table> tables;

  /** The index of {@code drlByPath} (path to DRL text, as {@code RuleSources} lists them). */
  public DrlIndex(Map<String, String> drlByPath) {
    this(drlByPath, List.of());
  }

  /** The index of {@code drlByPath}, with the codes of the catalogue {@code tables} that rules read. */
  public DrlIndex(Map<String, String> drlByPath, List<Table> tables) {
    this.tables = List.copyOf(tables);
    List<RuleEntry> out = new ArrayList<>();
    drlByPath.forEach((path, text) -> out.addAll(read(path, text)));
    this.rules = List.copyOf(out);
  }

  /** Every rule, in file order. */
  public List<RuleEntry> rules() {
    return rules;
  }

  private List<RuleEntry> read(String path, String text) {
    String[] lines = text.split("\n", -1);
    String area = "";
    List<RuleEntry> out = new ArrayList<>();
    for (int i = 0; i < lines.length; i++) {
      Matcher pkg = PACKAGE.matcher(lines[i]);
      if (pkg.find()) {
        area = pkg.group(1).substring(pkg.group(1).lastIndexOf('.') + 1);
      }
      Matcher m = RULE.matcher(lines[i]);
      if (!m.find()) {
        continue;
      }
      List<String> comment = new ArrayList<>();
      for (int j = i - 1; j >= 0 && lines[j].trim().startsWith("//"); j--) {
        comment.add(0, lines[j].trim().substring(2).trim());
      }
      StringBuilder when = new StringBuilder();
      StringBuilder then = new StringBuilder();
      boolean inThen = false;
      int k = i + 1;
      for (; k < lines.length && !lines[k].trim().equals("end"); k++) {
        if (lines[k].trim().equals("then")) {
          inThen = true;
        } else if (!lines[k].trim().startsWith("//")) {
          (inThen ? then : when).append(lines[k]).append('\n');
        }
      }
      TreeSet<String> produces = new TreeSet<>(codes(CODE, then));
      TreeSet<String> reads = new TreeSet<>(codes(CODE, when));
      for (Table t : tables) {
        if (Pattern.compile("\\b" + Pattern.quote(t.factType()) + "\\s*\\(").matcher(when).find()) {
          produces.addAll(t.produces());
          reads.addAll(t.reads());
        }
      }
      out.add(new RuleEntry(area, path, i + 1, m.group(1), String.join(" ", comment), List.copyOf(produces),
          List.copyOf(reads), codes(SOLUTION_PARAM, then)));
      i = k;
    }
    return out;
  }

  private static List<String> codes(Pattern p, CharSequence text) {
    TreeSet<String> found = new TreeSet<>();
    Matcher m = p.matcher(text);
    while (m.find()) {
      found.add(m.group(1));
    }
    return List.copyOf(found);
  }
}
