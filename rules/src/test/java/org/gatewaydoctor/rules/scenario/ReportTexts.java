package org.gatewaydoctor.rules.scenario;

import java.util.ArrayList;
import java.util.List;
import org.gatewaydoctor.facts.report.Diagnosis;

/** Every sentence a report shows a person, for checks that read the wording of every scenario. */
final class ReportTexts {

  private ReportTexts() {}

  /** The headline, the gateway's meaning and evidence, findings, cause evidence and solutions. */
  static List<String> of(Diagnosis d) {
    List<String> texts = new ArrayList<>();
    texts.add(d.verdict().summary());
    if (d.gateway() != null) {
      texts.add(d.gateway().meaning() == null ? "" : d.gateway().meaning());
      d.gateway().evidence().forEach(e -> texts.add(e.text()));
    }
    d.findings().forEach(f -> texts.add(f.text()));
    d.causes().forEach(c -> c.evidence().forEach(e -> texts.add(e.text())));
    d.solutions().forEach(s -> {
      texts.add(s.title());
      texts.addAll(s.steps());
      texts.add(s.why() == null ? "" : s.why());
    });
    return texts;
  }
}
