package org.gatewaydoctor.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.gatewaydoctor.facts.report.CauseAssessment;
import org.gatewaydoctor.facts.report.CauseState;
import org.gatewaydoctor.facts.report.Diagnosis;
import org.gatewaydoctor.facts.report.Evidence;
import org.gatewaydoctor.facts.report.GatewayAttribution;
import org.gatewaydoctor.facts.report.SolutionAdvice;

/**
 * The report as text for a person: the verdict first, then who generated the error, the causes
 * with their evidence, what to do, and which checks ran. Colour is optional and decided by the caller;
 * control characters in report text (an error page's title, say) are never passed to the terminal.
 */
public final class TextReport {

  private final boolean color;

  /** @param color whether to use ANSI colour (only on a terminal, never with NO_COLOR) */
  public TextReport(boolean color) {
    this.color = color;
  }

  /** The whole report, ending with a newline. */
  public String render(Diagnosis d) {
    StringBuilder out = new StringBuilder();
    CheckResults checks = new CheckResults(d);
    out.append(bold(Words.plain(d.verdict().summary()))).append('\n');
    String cause = Answer.causeLine(d);
    if (cause != null) {
      out.append(cause).append('\n');
    }
    out.append(bold(Answer.actionLine(d))).append("\n\n");
    out.append(header(d)).append("\n\n");
    GatewayAttribution g = d.gateway();
    if (g != null) {
      out.append("Who answered with the error: ").append(Words.plain(g.name())).append(" (").append(Words.plain(g.role()))
          .append(", confidence ").append(Words.percent(g.confidence())).append(")");
      if (g.status() != null) {
        out.append(", HTTP ").append(g.status());
      }
      out.append("\n");
      if (g.meaning() != null) {
        out.append("  It ").append(Words.plain(g.meaning())).append(".\n");
      }
      out.append("\n");
    }
    out.append(bold("Causes")).append("\n");
    List<String> untouched = new ArrayList<>();
    List<String> unchecked = new ArrayList<>();
    for (CauseAssessment c : d.causes()) {
      if (c.state() == CauseState.NOT_CHECKED) {
        unchecked.add(Words.plain(c.title()));
        continue;
      }
      if (c.state() == CauseState.POSSIBLE && c.evidence().isEmpty() && c.certainty() == 0) {
        untouched.add(Words.plain(c.title()));
        continue;
      }
      out.append("  ").append(state(c.state())).append(' ').append(Words.plain(c.title()))
          .append(" (certainty ").append(Words.certainty(c.certainty())).append(")\n");
      for (Evidence e : c.evidence()) {
        out.append("      ").append(e.weight() >= 0 ? "+ " : "- ").append(Words.plain(e.text()))
            .append(checks.staged(e) ? " [staged in the lab, not your line]" : "").append('\n');
      }
    }
    // Causes nothing spoke for or against are listed once, briefly: they are the long tail of the
    // report, and a person reads the established ones first (the JSON report has each in full).
    group(out, CauseState.POSSIBLE, "no evidence either way", untouched);
    group(out, CauseState.NOT_CHECKED, "what could tell was not checked", unchecked);
    out.append('\n').append(bold("What to do")).append('\n');
    if (d.solutions().isEmpty()) {
      out.append("  Nothing: no open cause needs action.\n");
    }
    for (SolutionAdvice s : d.solutions()) {
      out.append(String.format(Locale.ROOT, "  %d. %s%n", s.rank(), Words.plain(s.title())));
      for (String step : s.steps()) {
        out.append("     - ").append(Words.plain(step)).append('\n');
      }
      if (s.cost() != null) {
        out.append("     Cost: ").append(Words.plain(s.cost())).append('\n');
      }
    }
    List<String> left = Answer.stillSeeingIt(d);
    if (!left.isEmpty()) {
      out.append('\n').append(bold("If you still see the error")).append('\n');
      for (int i = 0; i < left.size(); i++) {
        out.append(String.format(Locale.ROOT, "  %d. %s%n", i + 1, left.get(i)));
      }
    }
    TimingLines.append(out, d.samples());
    out.append('\n').append(bold("Checks")).append('\n');
    if (d.probes().isEmpty()) {
      out.append("  none recorded\n");
    }
    checks.lines().forEach(line -> out.append("  ").append(line).append('\n'));
    return out.toString();
  }

  /**
   * One line for the support engineer who receives the report: what was checked, when, with which
   * tool, and from how many samples and vantage points (this machine, the user's browser).
   */
  static String header(Diagnosis d) {
    long vantage = d.samples().stream().map(s -> s.source()).distinct().count();
    return "Report: " + Words.plain(d.target().url()) + " | observed " + Words.when(d.observedAt()) + " | "
        + Words.plain(d.generator()) + " | " + d.samples().size() + (d.samples().size() == 1 ? " sample" : " samples")
        + " from " + vantage + (vantage == 1 ? " vantage point" : " vantage points")
        + (vantage == 0 ? "" : " (" + String.join(", ", d.samples().stream()
            .map(s -> "har".equals(s.source()) ? "your browser" : "this tool").distinct().toList()) + ")");
  }

  private void group(StringBuilder out, CauseState state, String why, List<String> titles) {
    if (titles.isEmpty()) {
      return;
    }
    out.append("  ").append(state(state)).append(' ').append(titles.size())
        .append(titles.size() == 1 ? " cause, " : " causes, ").append(why).append(":\n");
    for (String title : titles) {
      out.append("      ").append(title).append('\n');
    }
  }

  private String state(CauseState state) {
    String word = String.format(Locale.ROOT, "%-13s", "[" + Words.state(state) + "]");
    if (!color) {
      return word;
    }
    String code = switch (state) {
      case CONFIRMED -> "31";
      case LIKELY -> "33";
      case POSSIBLE -> "36";
      case RULED_OUT -> "32";
      case NOT_CHECKED -> "90";
    };
    return "\u001b[" + code + "m" + word + "\u001b[0m";
  }

  private String bold(String s) {
    return color ? "\u001b[1m" + s + "\u001b[0m" : s;
  }
}
