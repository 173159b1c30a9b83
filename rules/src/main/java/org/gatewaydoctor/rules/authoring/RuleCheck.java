package org.gatewaydoctor.rules.authoring;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.gatewaydoctor.rules.Diagnoser;
import org.gatewaydoctor.rules.catalog.CatalogException;
import org.gatewaydoctor.rules.engine.RuleBase;
import org.gatewaydoctor.rules.engine.RuleBaseException;
import org.gatewaydoctor.rules.engine.RuleMessage;
import org.gatewaydoctor.rules.engine.RuleSources;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * {@code rules check}: what is wrong with a rule directory laid over the built-in rule base (or with
 * the built-in one): the compiler's errors, the catalogue loader's, and the mistakes both accept
 * (unknown finding, cause, solution and threshold ids, duplicate fingerprint ids, fingerprint
 * patterns that do not compile or match everything, thresholds in the wrong unit, causes without a
 * solution, placeholders nothing fills, texts YAML cut at {@code  #}, uniform-failure rows of an
 * unknown failure kind or finding). Every problem is located.
 *
 * <pre>{@code
 * RuleCheck.Result result = new RuleCheck().check(Path.of("my-rules"));
 * result.problems().forEach(System.out::println);   // file:line:column: text
 * }</pre>
 */
public final class RuleCheck {

  private static final Comparator<RuleMessage> IN_FILE_ORDER = Comparator.comparing(RuleMessage::file)
      .thenComparingInt(RuleMessage::line).thenComparingInt(RuleMessage::column).thenComparing(RuleMessage::text);

  /**
   * What a check found.
   *
   * @param origin {@code built-in} or the rule directory
   * @param rules how many rules compiled (0 when they did not)
   * @param areas in how many areas
   * @param problems every problem, by file, line and column; empty when the rule base is sound
   */
  public record Result(String origin, int rules, int areas, List<RuleMessage> problems) {
    public Result {
      Objects.requireNonNull(origin, "origin");
      problems = List.copyOf(problems);
    }

    /** Whether nothing is wrong. */
    public boolean ok() {
      return problems.isEmpty();
    }
  }

  /**
   * Checks {@code dir} laid over the built-in rule base; {@code null} checks the built-in one.
   *
   * @throws IOException when {@code dir} is not a readable directory
   */
  public Result check(Path dir) throws IOException {
    if (dir != null && !Files.isDirectory(dir)) {
      throw new IOException(dir + ": no such directory; expected a rule directory");
    }
    List<RuleMessage> problems = new ArrayList<>();
    RuleBase base = null;
    try {
      base = (dir == null ? Diagnoser.builtIn() : Diagnoser.fromDirectory(dir)).ruleBase();
    } catch (RuleBaseException e) {
      problems.addAll(e.messages());
      if (e.messages().isEmpty()) {
        problems.add(new RuleMessage("", 0, 0, e.getMessage()));
      }
    } catch (CatalogException e) {
      problems.add(new RuleMessage("", 0, 0, e.getMessage()));
    }
    problems.addAll(semantic(dir));
    return new Result(dir == null ? "built-in" : dir.toString(), base == null ? 0 : base.rules().size(),
        base == null ? 0 : base.rulesPerArea().size(), problems);
  }

  /**
   * The mistakes the compiler and the catalogue loader both accept (every check of {@link #check}
   * except theirs), for {@code dir} laid over the built-in rule base; {@code null} checks the built-in
   * one. Empty when a catalogue file is not YAML at all: the loader's error says where.
   *
   * @throws IOException when a file of {@code dir} cannot be read
   */
  public List<RuleMessage> semantic(Path dir) throws IOException {
    CatalogFiles catalog;
    try {
      catalog = CatalogFiles.read(dir);
    } catch (YAMLException e) {
      return List.of(); // a file YAML cannot read: the catalogue loader's message says where
    }
    RuleSources sources = new RuleSources();
    List<RuleMessage> semantic = new ArrayList<>();
    new CatalogChecks(catalog, new DrlReferences(dir == null ? sources.builtIn() : sources.withDirectory(dir)),
        semantic).run();
    return semantic.stream().sorted(IN_FILE_ORDER).distinct().toList();
  }
}
