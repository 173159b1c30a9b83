package org.gatewaydoctor.cli.render;

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
    out.append(bold(Words.plain(d.verdict().summary()))).append("\n\n");
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
    for (CauseAssessment c : d.causes()) {
      out.append("  ").append(state(c.state())).append(' ').append(Words.plain(c.title()));
      if (c.state() != CauseState.NOT_CHECKED) {
        out.append(" (certainty ").append(Words.certainty(c.certainty())).append(')');
      }
      out.append('\n');
      for (Evidence e : c.evidence()) {
        out.append("      ").append(e.weight() >= 0 ? "+ " : "- ").append(Words.plain(e.text())).append('\n');
      }
    }
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
    out.append('\n').append(bold("Checks")).append('\n');
    out.append("  ").append(Words.probes(d.probes())).append('\n');
    return out.toString();
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
