package org.gatewaydoctor.facts.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Objects;
import org.gatewaydoctor.facts.Environment;
import org.gatewaydoctor.facts.Immutable;
import org.gatewaydoctor.facts.ProbeOutcome;
import org.gatewaydoctor.facts.Target;

/**
 * The report every front end emits (the stable contract in {@code docs/report-format.md}).
 * Depends only on the fact bundle and the rule base: the same bundle gives the same report.
 *
 * @param schemaVersion the report schema version ({@value #SCHEMA_VERSION})
 * @param generator the tool and rule base that made it, such as {@code gateway-doctor 0.1.0 (rules 0.1.0)}
 * @param target what was diagnosed
 * @param environment the user's platform, as the advice assumed it
 * @param observedAt when the observations were made (the bundle's {@code createdAt})
 * @param verdict whose side the fault is on
 * @param gateway who generated the error response, or null when there was none
 * @param causes every cause in the rule base with its state, most certain first
 * @param solutions what to do, in order
 * @param findings what the rules noticed
 * @param samples the timing phases of each HTTP sample
 * @param probes how each probe ended
 */
public record Diagnosis(
    String schemaVersion,
    String generator,
    Target target,
    Environment environment,
    String observedAt,
    Verdict verdict,
    @JsonInclude(JsonInclude.Include.ALWAYS) GatewayAttribution gateway,
    List<CauseAssessment> causes,
    List<SolutionAdvice> solutions,
    List<Finding> findings,
    List<TimingSample> samples,
    List<ProbeOutcome> probes) {

  /** The report schema version this code writes: {@value}. */
  public static final String SCHEMA_VERSION = "1.1";

  public Diagnosis {
    Objects.requireNonNull(schemaVersion, "schemaVersion");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(verdict, "verdict");
    causes = Immutable.list(causes);
    solutions = Immutable.list(solutions);
    findings = Immutable.list(findings);
    samples = Immutable.list(samples);
    probes = Immutable.list(probes);
  }
}
