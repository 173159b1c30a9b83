package org.gatewaydoctor.report;

import java.util.List;
import org.gatewaydoctor.facts.ProbeOutcome;
import org.gatewaydoctor.facts.report.CauseAssessment;
import org.gatewaydoctor.facts.report.Diagnosis;
import org.gatewaydoctor.facts.report.Evidence;
import org.gatewaydoctor.facts.report.GatewayAttribution;
import org.gatewaydoctor.facts.report.SolutionAdvice;
import org.gatewaydoctor.facts.report.TimingSample;

/**
 * The report as Markdown (CommonMark with GitHub tables) for pasting into a support ticket or an
 * issue. Report text is escaped so that an error page's excerpt cannot become markup, a link or HTML.
 */
public final class MarkdownReport {

  /** The punctuation {@link #md} escapes. */
  private static final String MARKUP = "\\`*_[]<>|~&!#";

  /** The whole report, ending with a newline. */
  public String render(Diagnosis d) {
    StringBuilder out = new StringBuilder();
    out.append("## ").append(md(d.verdict().summary())).append("\n\n");
    String cause = Answer.causeLine(d);
    if (cause != null) {
      out.append(md(cause)).append("  \n");
    }
    out.append("**").append(md(Answer.actionLine(d))).append("**\n\n");
    out.append("**Whose side:** ").append(Words.side(d.verdict().side())).append("  \n")
        .append("**Target:** `").append(code(d.target().url())).append("` (service ").append(md(d.target().service()))
        .append(")  \n")
        .append("**Observed:** ").append(md(Words.when(d.observedAt()))).append(" on ").append(md(d.environment().os()))
        .append(d.environment().browser() == null ? "" : ", " + md(d.environment().browser())).append("  \n")
        .append("**By:** ").append(md(d.generator())).append("\n\n");
    GatewayAttribution g = d.gateway();
    if (g != null) {
      out.append("### Who answered with the error\n\n").append("**").append(md(g.name())).append("** (")
          .append(md(g.role())).append(", confidence ").append(Words.percent(g.confidence())).append(')')
          .append(g.status() == null ? "" : ", HTTP " + g.status())
          .append(g.meaning() == null ? "" : ": it " + md(g.meaning())).append(".\n\n");
    }
    CheckResults checks = new CheckResults(d);
    out.append("### Causes\n\n");
    for (CauseAssessment c : d.causes()) {
      out.append("- **").append(Words.state(c.state())).append("** ").append(md(c.title())).append(" (")
          .append(Words.certainty(c.certainty())).append(")\n");
      for (Evidence e : c.evidence()) {
        out.append("  - ").append(e.weight() >= 0 ? "for: " : "against: ").append(md(e.text()))
            .append(checks.staged(e) ? " _(staged in the lab, not your line)_" : "").append('\n');
      }
    }
    out.append("\n### What to do\n\n");
    if (d.solutions().isEmpty()) {
      out.append("Nothing: no open cause needs action.\n");
    }
    for (SolutionAdvice s : d.solutions()) {
      out.append(s.rank()).append(". **").append(md(s.title())).append("**\n");
      s.steps().forEach(step -> out.append("   - ").append(md(step)).append('\n'));
      if (s.cost() != null) {
        out.append("   - _Cost:_ ").append(md(s.cost())).append('\n');
      }
    }
    List<String> left = Answer.stillSeeingIt(d);
    if (!left.isEmpty()) {
      out.append("\n### If you still see the error\n\n");
      for (int i = 0; i < left.size(); i++) {
        out.append(i + 1).append(". ").append(md(left.get(i))).append('\n');
      }
    }
    timings(out, d);
    out.append("\n### Checks\n\n| check | found | took |\n|---|---|---|\n");
    for (int i = 0; i < d.probes().size(); i++) {
      ProbeOutcome p = d.probes().get(i);
      out.append("| ").append(cell(p.id())).append(" | ").append(cell(checks.found(i))).append(" | ")
          .append(p.durationMs()).append(" ms |\n");
    }
    return out.toString();
  }

  private static void timings(StringBuilder out, Diagnosis d) {
    if (d.samples().isEmpty()) {
      return;
    }
    out.append("\n### Timing of each request\n\n| sample | result | DNS | connect | TLS | server | total |\n")
        .append("|---|---|---|---|---|---|---|\n");
    for (TimingSample s : d.samples()) {
      var t = s.timings();
      out.append("| ").append(cell(s.source() + " " + s.sample())).append(" | ")
          .append(s.status() != null ? "HTTP " + s.status() : cell(s.failure())).append(" | ")
          .append(ms(t.dnsMs())).append(" | ").append(ms(t.connectMs())).append(" | ").append(ms(t.tlsMs()))
          .append(" | ").append(ms(t.ttfbMs())).append(" | ").append(ms(t.totalMs())).append(" |\n");
    }
  }

  private static String ms(Double v) {
    return v == null ? "–" : Words.millis(v);
  }

  /**
   * Text that stays plain text on one line: the characters that can start or end CommonMark markup
   * (emphasis, code, links, autolinks and raw HTML, tables, strikethrough, entities) are
   * backslash-escaped (CommonMark 0.31, section 2.4), control characters become spaces.
   */
  static String md(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(s.length() + 8);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (MARKUP.indexOf(c) >= 0) {
        out.append('\\').append(c);
      } else {
        out.append(Character.isISOControl(c) ? ' ' : c);
      }
    }
    return out.toString();
  }

  /** Text for a table cell: escaped, and never empty. */
  private static String cell(String s) {
    return s == null || s.isEmpty() ? " " : md(s);
  }

  /** Text for an inline code span: backticks cannot end it early. */
  private static String code(String s) {
    return s.replace('`', '\'').replaceAll("\\p{Cntrl}", " ");
  }
}
