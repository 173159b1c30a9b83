package org.gatewaydoctor.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.gatewaydoctor.facts.ProbeOutcome;
import org.gatewaydoctor.facts.report.CauseAssessment;
import org.gatewaydoctor.facts.report.CauseState;
import org.gatewaydoctor.facts.report.Diagnosis;
import org.gatewaydoctor.facts.report.Evidence;
import org.gatewaydoctor.facts.report.Finding;
import org.gatewaydoctor.facts.report.GatewayAttribution;
import org.gatewaydoctor.facts.report.SolutionAdvice;

/**
 * The report as one self-contained HTML page: styles inline, no scripts, nothing fetched (a
 * Content-Security-Policy of {@code default-src 'none'} makes sure), so it can be mailed or
 * attached to a ticket and opened anywhere. Every text from the report is escaped.
 */
public final class HtmlReport {

  private static final String CSS = resource("report.css");

  /** The whole page, ending with a newline. */
  public String render(Diagnosis d) {
    StringBuilder out = new StringBuilder(16 * 1024);
    out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<meta name=\"generator\" content=\"").append(Html.esc(d.generator())).append("\">\n")
        .append("<title>").append(Html.esc("gateway-doctor: " + d.verdict().summary())).append("</title>\n")
        .append("<style>\n").append(CSS).append("</style>\n</head>\n<body>\n");
    String side = d.verdict().side().name().toLowerCase(Locale.ROOT).replace('_', '-');
    out.append("<header class=\"verdict side-").append(side).append("\" data-side=\"").append(d.verdict().side())
        .append("\">\n<p class=\"side\">").append(Html.esc(Words.side(d.verdict().side()))).append("</p>\n")
        .append("<h1 id=\"verdict\">").append(Html.esc(d.verdict().summary())).append("</h1>\n");
    String cause = Answer.causeLine(d);
    if (cause != null) {
      out.append("<p id=\"headline-cause\">").append(Html.esc(cause)).append("</p>\n");
    }
    out.append("<p id=\"first-action\"><strong>").append(Html.esc(Answer.actionLine(d))).append("</strong></p>\n")
        .append("<p class=\"meta\">").append(Html.esc(d.target().url())).append(" &middot; observed ")
        .append(Html.esc(Words.when(d.observedAt()))).append(" &middot; ").append(Html.esc(d.environment().os()))
        .append(d.environment().browser() == null ? "" : " / " + Html.esc(d.environment().browser()))
        .append("</p>\n</header>\n<main>\n");
    gateway(out, d.gateway());
    causes(out, d);
    solutions(out, d);
    out.append("<section id=\"timing\">\n<h2>Timing of each request</h2>\n")
        .append(Waterfall.svg(d.samples())).append(legend()).append("</section>\n");
    findings(out, d);
    checks(out, d);
    out.append("</main>\n<footer>").append(Html.esc(d.generator())).append(" &middot; report schema ")
        .append(Html.esc(d.schemaVersion())).append("</footer>\n</body>\n</html>\n");
    return out.toString();
  }

  private static void gateway(StringBuilder out, GatewayAttribution g) {
    if (g == null) {
      return;
    }
    out.append("<section id=\"gateway\">\n<h2>Who answered with the error</h2>\n<p><strong>")
        .append(Html.esc(g.name())).append("</strong> (").append(Html.esc(g.role())).append(", confidence ")
        .append(Words.percent(g.confidence())).append(')')
        .append(g.status() == null ? "" : ", HTTP " + g.status()).append("</p>\n");
    if (g.meaning() != null) {
      out.append("<p>It ").append(Html.esc(g.meaning())).append(".</p>\n");
    }
    evidence(out, g.evidence());
    out.append("</section>\n");
  }

  private static void causes(StringBuilder out, Diagnosis d) {
    CheckResults checks = new CheckResults(d);
    out.append("<section id=\"causes\">\n<h2>Causes</h2>\n<ul class=\"causes\">\n");
    List<String> untouched = new ArrayList<>();
    List<String> unchecked = new ArrayList<>();
    for (CauseAssessment c : d.causes()) {
      // As in the text report: causes nothing spoke for or against, and those nothing could check,
      // collapse into one line each, so that the causes with evidence stay on the first screens.
      if (c.state() == CauseState.NOT_CHECKED) {
        unchecked.add(c.title());
        continue;
      }
      if (c.state() == CauseState.POSSIBLE && c.evidence().isEmpty() && c.certainty() == 0) {
        untouched.add(c.title());
        continue;
      }
      String state = c.state().name().toLowerCase(Locale.ROOT).replace('_', '-');
      out.append("<li class=\"cause state-").append(state).append("\" data-cause=\"").append(Html.esc(c.id()))
          .append("\">\n<span class=\"state\">").append(Html.esc(Words.state(c.state()))).append("</span> ")
          .append("<span class=\"title\">").append(Html.esc(c.title())).append("</span> ")
          .append("<span class=\"certainty\">").append(Words.certainty(c.certainty())).append("</span>\n");
      if (c.explanation() != null) {
        out.append("<p class=\"explanation\">").append(Html.esc(c.explanation())).append("</p>\n");
      }
      evidence(out, c.evidence(), checks);
      out.append("</li>\n");
    }
    group(out, "possible", "no evidence either way", untouched);
    group(out, "not-checked", "what could tell was not checked", unchecked);
    out.append("</ul>\n</section>\n");
  }

  private static void group(StringBuilder out, String state, String why, List<String> titles) {
    if (titles.isEmpty()) {
      return;
    }
    out.append("<li class=\"cause group state-").append(state).append("\"><span class=\"state\">")
        .append(Html.esc(state.replace('-', ' '))).append("</span> ").append(titles.size())
        .append(titles.size() == 1 ? " cause, " : " causes, ").append(why).append(": ")
        .append(Html.esc(String.join("; ", titles))).append("</li>\n");
  }

  private static void evidence(StringBuilder out, List<Evidence> evidence) {
    evidence(out, evidence, null);
  }

  private static void evidence(StringBuilder out, List<Evidence> evidence, CheckResults checks) {
    if (evidence.isEmpty()) {
      return;
    }
    out.append("<ul class=\"evidence\">\n");
    for (Evidence e : evidence) {
      out.append("<li class=\"").append(e.weight() >= 0 ? "for" : "against").append("\">")
          .append(Html.esc(e.text()))
          .append(checks != null && checks.staged(e) ? " <em>(staged in the lab, not your line)</em>" : "")
          .append("</li>\n");
    }
    out.append("</ul>\n");
  }

  private static void solutions(StringBuilder out, Diagnosis d) {
    out.append("<section id=\"solutions\">\n<h2>What to do</h2>\n");
    if (d.solutions().isEmpty()) {
      out.append("<p>Nothing: no open cause needs action.</p>\n");
    }
    out.append("<ol class=\"solutions\">\n");
    for (SolutionAdvice s : d.solutions()) {
      out.append("<li data-solution=\"").append(Html.esc(s.id())).append("\">\n<h3>").append(Html.esc(s.title()))
          .append("</h3>\n");
      if (s.why() != null) {
        out.append("<p class=\"why\">").append(Html.esc(s.why())).append("</p>\n");
      }
      out.append("<ol class=\"steps\">\n");
      s.steps().forEach(step -> out.append("<li>").append(Html.esc(step)).append("</li>\n"));
      out.append("</ol>\n");
      if (s.cost() != null) {
        out.append("<p class=\"cost\">Cost: ").append(Html.esc(s.cost())).append("</p>\n");
      }
      out.append("</li>\n");
    }
    out.append("</ol>\n");
    List<String> left = Answer.stillSeeingIt(d);
    if (!left.isEmpty()) {
      out.append("<h3 id=\"still-seeing-it\">If you still see the error</h3>\n<ol class=\"steps\">\n");
      left.forEach(step -> out.append("<li>").append(Html.esc(step)).append("</li>\n"));
      out.append("</ol>\n");
    }
    out.append("</section>\n");
  }

  private static void findings(StringBuilder out, Diagnosis d) {
    if (d.findings().isEmpty()) {
      return;
    }
    out.append("<section id=\"findings\">\n<h2>What the rules noticed</h2>\n<ul>\n");
    for (Finding f : d.findings()) {
      out.append("<li><code>").append(Html.esc(f.code())).append("</code> ").append(Html.esc(f.text()))
          .append("</li>\n");
    }
    out.append("</ul>\n</section>\n");
  }

  private static void checks(StringBuilder out, Diagnosis d) {
    out.append("<section id=\"checks\">\n<h2>Checks</h2>\n<table>\n<thead><tr><th>check</th><th>found</th>"
        + "<th>took</th></tr></thead>\n<tbody>\n");
    CheckResults checks = new CheckResults(d);
    for (int i = 0; i < d.probes().size(); i++) {
      ProbeOutcome p = d.probes().get(i);
      out.append("<tr><td>").append(Html.esc(p.id())).append("</td><td>").append(Html.esc(checks.found(i)))
          .append("</td><td>").append(p.durationMs()).append(" ms</td></tr>\n");
    }
    out.append("</tbody>\n</table>\n</section>\n");
  }

  private static String legend() {
    StringBuilder out = new StringBuilder("<p class=\"legend\">");
    for (String phase : Waterfall.PHASES) {
      out.append("<span class=\"key ").append(phase).append("\"></span>").append(Html.esc(Waterfall.label(phase)))
          .append(' ');
    }
    return out.append("</p>\n").toString();
  }

  private static String resource(String name) {
    try (InputStream in = HtmlReport.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(name + " is missing from the jar (a broken build)");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
