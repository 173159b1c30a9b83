package org.gatewaydoctor.facts.report;

import java.util.Objects;
import org.gatewaydoctor.facts.http.HttpTimings;

/**
 * The timing phases of one HTTP sample, for waterfalls and httpstat-style lines.
 *
 * @param source {@code probe} or {@code har}
 * @param sample the sample number within its source
 * @param url the URL requested
 * @param status the final status, or null
 * @param failure why no response arrived (the JSON name of the failure kind), or null
 * @param timings the phases in milliseconds
 * @param fact the JSON pointer of the exchange in the bundle
 */
public record TimingSample(
    String source, int sample, String url, Integer status, String failure, HttpTimings timings, String fact) {
  public TimingSample {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(url, "url");
    timings = timings == null ? HttpTimings.NONE : timings;
  }
}
