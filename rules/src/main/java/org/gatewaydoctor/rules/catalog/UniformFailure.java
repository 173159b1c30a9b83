package org.gatewaydoctor.rules.catalog;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;
import org.gatewaydoctor.facts.http.HttpFailure;

/**
 * A row of {@code catalog/uniform-failures.yaml}: when every request of the probe failed the same
 * way, the finding that way of failing means. One rule (firewall-proxy.drl) reads every row, so a
 * new kind of uniform failure is a new row, not a new rule.
 *
 * @param failure the way every request failed, written as fact bundles write it
 *     ({@code connect-timeout}, {@code refused}, {@code reset}, {@code tls}, ...); the row's id
 * @param finding the finding code it produces (findings.yaml)
 * @param unless a finding code that explains the failures away, so the row then produces nothing;
 *     null for none
 * @param source where the meaning comes from (a test rig section, an RFC, a vendor document)
 */
public record UniformFailure(@JsonProperty("id") HttpFailure failure, String finding, String unless, String source) {
  public UniformFailure {
    Objects.requireNonNull(failure, "id (the failure kind)");
    Objects.requireNonNull(finding, "finding");
    Objects.requireNonNull(source, "source");
  }
}
