package org.gatewaydoctor.facts.connectivity;

import java.util.Objects;

/**
 * A bounded download from a reference endpoint, standing in for a speed test.
 *
 * @param url what was downloaded
 * @param bytes how many bytes arrived
 * @param durationMs how long the sample ran, in milliseconds
 * @param bitsPerSecond the measured rate, or null when nothing arrived
 * @param completed whether the sample ran to its byte or time bound without error
 * @param detail a short note when it did not complete, or null
 */
public record ThroughputSample(
    String url, long bytes, double durationMs, Double bitsPerSecond, boolean completed, String detail) {
  public ThroughputSample {
    Objects.requireNonNull(url, "url");
  }
}
