package org.gatewaydoctor.api;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.Locale;
import org.gatewaydoctor.facts.report.Side;

/**
 * The server's metrics (Micrometer, exposed in Prometheus text at {@code GET /metrics}): requests
 * and their latencies by route and status, diagnoses by verdict side, rule reloads and their
 * failures, live checks refused by the allow-list.
 */
final class ApiMetrics {

  private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);

  ApiMetrics() {
    // Present from the start (at zero), so that a dashboard or an alert sees them before the first event.
    for (Side side : Side.values()) {
      diagnoses(side);
    }
    reloads(true);
    reloads(false);
    refused("not-listed");
    refused("address");
  }

  /** One request answered: its route template ({@code unmatched} for none), method and status. */
  void request(String method, String route, int status, Duration took) {
    Timer.builder("gateway_doctor.http.requests")
        .description("HTTP requests answered, by route template, method and status")
        .tag("method", method).tag("route", route).tag("status", Integer.toString(status))
        .publishPercentileHistogram()
        .register(registry).record(took);
  }

  /** One diagnosis made, by the side its verdict names. */
  void diagnosed(Side side) {
    diagnoses(side).increment();
  }

  /** One rebuild after a change of the rule directory. */
  void reloaded(boolean ok) {
    reloads(ok).increment();
  }

  /** One live check refused: {@code not-listed} (target not on checks.allow) or {@code address}. */
  void checkRefused(String reason) {
    refused(reason).increment();
  }

  /** The metrics in the Prometheus text format. */
  String scrape() {
    return registry.scrape();
  }

  private Counter diagnoses(Side side) {
    return Counter.builder("gateway_doctor.diagnoses").description("Diagnoses made, by the verdict's side")
        .tag("side", side.name().toLowerCase(Locale.ROOT)).register(registry);
  }

  private Counter reloads(boolean ok) {
    return Counter.builder("gateway_doctor.rule.reloads")
        .description("Rebuilds of the rule base after its directory changed; result=failed kept the last good one")
        .tag("result", ok ? "ok" : "failed").register(registry);
  }

  private Counter refused(String reason) {
    return Counter.builder("gateway_doctor.checks.refused")
        .description("Live checks refused by the allow-list: not-listed targets, or addresses it does not allow")
        .tag("reason", reason).register(registry);
  }
}
