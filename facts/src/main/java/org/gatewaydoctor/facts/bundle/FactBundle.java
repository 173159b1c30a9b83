package org.gatewaydoctor.facts.bundle;

import java.util.List;
import java.util.Objects;
import org.gatewaydoctor.facts.Environment;
import org.gatewaydoctor.facts.Immutable;
import org.gatewaydoctor.facts.ProbeOutcome;
import org.gatewaydoctor.facts.Target;

/**
 * Everything one run observed, as saved, sent to support and diagnosed again offline. Holds no
 * secret: {@link BundleWriter} redacts on the way out, HAR import on the way in.
 *
 * @param schemaVersion {@code major.minor}; readers accept their own major and tolerate newer minors
 * @param createdAt when the observations were made (ISO-8601 instant)
 * @param tool the tool and version that made it, such as {@code gateway-doctor 0.1.0}
 * @param target what was diagnosed
 * @param environment the user's platform
 * @param observations what the probes saw
 * @param probes how each probe ended, in the order they were started
 */
public record FactBundle(
    String schemaVersion,
    String createdAt,
    String tool,
    Target target,
    Environment environment,
    Observations observations,
    List<ProbeOutcome> probes) {

  /** The bundle schema version this code writes: {@value}. */
  public static final String SCHEMA_VERSION = "1.1";

  public FactBundle {
    Objects.requireNonNull(schemaVersion, "schemaVersion");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(tool, "tool");
    Objects.requireNonNull(target, "target");
    environment = environment == null ? Environment.UNKNOWN : environment;
    observations = observations == null ? Observations.NONE : observations;
    probes = Immutable.list(probes);
  }

  /** A bundle of the current schema version. */
  public static FactBundle of(
      String createdAt, String tool, Target target, Environment environment, Observations observations,
      List<ProbeOutcome> probes) {
    return new FactBundle(SCHEMA_VERSION, createdAt, tool, target, environment, observations, probes);
  }
}
