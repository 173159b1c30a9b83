package org.gatewaydoctor.rules;

import java.util.Collections;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;
import org.gatewaydoctor.facts.report.Diagnosis;

/**
 * A diagnosis with the names of the rules that fired to reach it, for rule authors checking which
 * rules their scenarios exercise ({@code rules test}).
 *
 * @param diagnosis the diagnosis, exactly as {@link Diagnoser#diagnose} gives it
 * @param firedRules the names of the rules that fired, sorted
 * @param firings how many rule activations fired
 */
public record DiagnosisTrace(Diagnosis diagnosis, SortedSet<String> firedRules, int firings) {
  public DiagnosisTrace {
    Objects.requireNonNull(diagnosis, "diagnosis");
    firedRules = Collections.unmodifiableSortedSet(new TreeSet<>(firedRules));
  }
}
