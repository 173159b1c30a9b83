package org.gatewaydoctor.rules;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.gatewaydoctor.facts.report.CauseAssessment;
import org.gatewaydoctor.facts.report.Diagnosis;
import org.gatewaydoctor.facts.report.Evidence;
import org.gatewaydoctor.facts.service.ServiceProfile;
import org.gatewaydoctor.rules.catalog.CauseDef;
import org.gatewaydoctor.rules.catalog.ProductDef;
import org.gatewaydoctor.rules.catalog.SolutionDef;
import org.gatewaydoctor.rules.catalog.Threshold;
import org.gatewaydoctor.rules.engine.FiringLog;
import org.gatewaydoctor.rules.engine.SessionResult;
import org.gatewaydoctor.rules.model.CauseEvidence;
import org.gatewaydoctor.rules.model.CauseStatus;
import org.gatewaydoctor.rules.model.Finding;
import org.gatewaydoctor.rules.model.ResponseText;
import org.gatewaydoctor.rules.model.VerdictCandidate;
import org.gatewaydoctor.rules.report.ReportAssembler;

/** Turns one traced session into an {@link Explanation}: facts described in a line each, causes with their reasons. */
final class Explainer {

  /** A fact described longer than this is cut: a rule author reads a line, not a record dump. */
  private static final int MAX_DESCRIPTION = 160;

  private final SessionResult result;

  Explainer(SessionResult result) {
    this.result = result;
  }

  Explanation explain(Diagnosis diagnosis, FiringLog log) {
    List<Explanation.Step> steps = new ArrayList<>();
    for (FiringLog.Firing f : log.firings()) {
      steps.add(new Explanation.Step(steps.size() + 1, f.rule(), f.pkg().substring(f.pkg().lastIndexOf('.') + 1),
          f.matched().stream().map(this::describe).toList(), f.inserted().stream().map(this::describe).toList(),
          f.deleted().stream().map(this::describe).toList()));
    }
    List<Explanation.CauseReason> causes = new ArrayList<>();
    for (CauseAssessment c : diagnosis.causes()) {
      String stateRule = result.all(CauseStatus.class).stream()
          .filter(s -> s.cause().equals(c.id()) && s.state() == c.state()).map(result::ruleOf).findFirst().orElse(null);
      causes.add(new Explanation.CauseReason(c.id(), c.state().name().toLowerCase(Locale.ROOT).replace('_', '-'),
          c.certainty(), stateRule, c.evidence().stream().map(Explainer::evidence).toList()));
    }
    String verdictRule = result.all(VerdictCandidate.class).stream().max(ReportAssembler.VERDICT_ORDER)
        .map(result::ruleOf).orElse(null);
    return new Explanation(diagnosis, steps, causes, verdictRule);
  }

  /** {@code Type[name=value, ...]}, each value brief: a bundle fact by its pointer, a nested record by its type. */
  private String record(Object fact) {
    StringBuilder out = new StringBuilder(fact.getClass().getSimpleName()).append('[');
    RecordComponent[] components = fact.getClass().getRecordComponents();
    for (int i = 0; i < components.length; i++) {
      Object value;
      try {
        value = components[i].getAccessor().invoke(fact);
      } catch (ReflectiveOperationException e) {
        value = "?";
      }
      out.append(i == 0 ? "" : ", ").append(components[i].getName()).append('=').append(brief(value));
    }
    return out.append(']').toString();
  }

  private String brief(Object value) {
    String pointer = value == null ? null : result.pointerOf(value);
    if (pointer != null) {
      return pointer;
    }
    if (value instanceof Collection<?> c && c.size() > 3) {
      return c.size() + " items";
    }
    if (value instanceof Finding f) {
      return "Finding " + f.code();
    }
    return value instanceof Record r && r.toString().length() > 40 ? r.getClass().getSimpleName() : String.valueOf(value);
  }

  private static String evidence(Evidence e) {
    return String.format(Locale.ROOT, "%+.2f %s (rule \"%s\")", e.weight(), e.text(), e.rule());
  }

  /** One line for a fact: where a bundle fact is in the bundle, the id of a catalogue entry, a conclusion's values. */
  private String describe(Object fact) {
    String pointer = result.pointerOf(fact);
    String type = fact.getClass().getSimpleName();
    String text;
    if (pointer != null) {
      text = type + " at " + pointer;
    } else if (fact instanceof Threshold t) {
      text = "Threshold " + t.key() + " = " + t.value();
    } else if (fact instanceof CauseDef c) {
      text = "CauseDef " + c.id();
    } else if (fact instanceof SolutionDef s) {
      text = "SolutionDef " + s.id();
    } else if (fact instanceof ProductDef p) {
      text = "ProductDef " + p.id();
    } else if (fact instanceof ServiceProfile s) {
      text = "ServiceProfile " + s.id();
    } else if (fact instanceof Finding f) {
      text = "Finding " + f.code() + (f.params().isEmpty() ? "" : " " + f.params());
    } else if (fact instanceof CauseEvidence e) {
      text = String.format(Locale.ROOT, "CauseEvidence %s %+.2f from %s", e.cause(), e.weight(), e.finding().code());
    } else if (fact instanceof ResponseText r) {
      text = "ResponseText of " + brief(r.exchange());
    } else if (fact instanceof Record) {
      text = record(fact);
    } else {
      text = fact.toString();
    }
    return text.length() <= MAX_DESCRIPTION ? text : text.substring(0, MAX_DESCRIPTION - 3) + "...";
  }
}
