package org.gatewaydoctor.rules.authoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gatewaydoctor.rules.engine.RuleMessage;

/**
 * The catalogue ids that rule files name as text: finding codes ({@code Finding.of( "CODE" )}),
 * threshold keys ({@code Threshold( key == "key" )}) and solution parameters
 * ({@code new SolutionParam( "solution", "name", ... )}). The compiler accepts any text there, so a
 * typo compiles into a rule that never fires or a finding without a sentence; these are what
 * {@link RuleCheck} compares with the catalogue.
 */
final class DrlReferences {

  /** What a reference names. */
  enum Kind { FINDING, THRESHOLD, SOLUTION }

  /**
   * One reference, located.
   *
   * @param kind what it names
   * @param id the finding code, threshold key or solution id
   * @param detail the parameter name of a solution parameter, else null
   */
  record Reference(Kind kind, String id, String detail, String file, int line, int column) {
    RuleMessage problem(String message) {
      return new RuleMessage(file, line, column, message);
    }
  }

  private static final Pattern FINDING = Pattern.compile("Finding\\.of\\(\\s*\"([^\"]+)\"");
  private static final Pattern THRESHOLD = Pattern.compile("Threshold\\(\\s*key\\s*==\\s*\"([^\"]+)\"");
  private static final Pattern SOLUTION_PARAM =
      Pattern.compile("SolutionParam\\(\\s*\"([^\"]+)\"\\s*,\\s*\"([^\"]+)\"");
  private static final Pattern SOLUTION_MATCH = Pattern.compile("SolutionParam\\(\\s*solution\\s*==\\s*\"([^\"]+)\"");

  private final List<Reference> references = new ArrayList<>();

  /** The references in {@code drlByFile} (file label to DRL text). */
  DrlReferences(Map<String, String> drlByFile) {
    drlByFile.forEach(this::scan);
  }

  private void scan(String file, String text) {
    List<String> lines = text.lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      int comment = line.indexOf("//");
      String code = comment < 0 ? line : line.substring(0, comment);
      find(FINDING, code, Kind.FINDING, false, file, i + 1);
      find(THRESHOLD, code, Kind.THRESHOLD, false, file, i + 1);
      find(SOLUTION_PARAM, code, Kind.SOLUTION, true, file, i + 1);
      find(SOLUTION_MATCH, code, Kind.SOLUTION, false, file, i + 1);
    }
  }

  private void find(Pattern pattern, String code, Kind kind, boolean withDetail, String file, int line) {
    Matcher m = pattern.matcher(code);
    while (m.find()) {
      references.add(new Reference(kind, m.group(1), withDetail ? m.group(2) : null, file, line, m.start(1)));
    }
  }

  /** Every reference of {@code kind}, in file and line order. */
  List<Reference> of(Kind kind) {
    return references.stream().filter(r -> r.kind() == kind).toList();
  }
}
