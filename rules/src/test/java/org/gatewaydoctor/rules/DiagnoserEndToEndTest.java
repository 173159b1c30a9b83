package org.gatewaydoctor.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.gatewaydoctor.facts.Environment;
import org.gatewaydoctor.facts.ProbeOutcome;
import org.gatewaydoctor.facts.ProbeStatus;
import org.gatewaydoctor.facts.Target;
import org.gatewaydoctor.facts.bundle.FactBundle;
import org.gatewaydoctor.facts.bundle.Observations;
import org.gatewaydoctor.facts.http.ExchangeSource;
import org.gatewaydoctor.facts.http.HttpExchange;
import org.gatewaydoctor.facts.http.HttpHeader;
import org.gatewaydoctor.facts.http.HttpTimings;
import org.gatewaydoctor.facts.report.CauseState;
import org.gatewaydoctor.facts.report.Diagnosis;
import org.gatewaydoctor.facts.report.Side;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DiagnoserEndToEndTest {

  private static Diagnoser diagnoser;

  @BeforeAll
  static void loadRuleBase() throws Exception {
    diagnoser = Diagnoser.builtIn();
  }

  private static HttpExchange cloudflare521(int sample) {
    return new HttpExchange(sample, ExchangeSource.PROBE, "GET", "https://chatgpt.com/", 521, "h2", "203.0.113.7:443", null,
        new HttpTimings(12.0, 20.0, 30.0, 110.0, 130.0),
        List.of(new HttpHeader("Server", "cloudflare"), new HttpHeader("CF-RAY", "8c1f0e7a9b2c3d4e-FRA"),
            new HttpHeader("cf-error-type", "origin")),
        null, null, List.of(), "<div id=\"cf-error-details\">Web server is down</div>", 40L, false, null, null, null, null);
  }

  @Test
  void cloudflareOriginDownIsTheServicesFault() {
    FactBundle bundle = FactBundle.of("2026-11-26T10:00:00Z", "test", new Target("https://chatgpt.com/", "chatgpt",
        "chatgpt.com"), Environment.UNKNOWN,
        Observations.builder().http(List.of(cloudflare521(1), cloudflare521(2), cloudflare521(3))).build(),
        List.of(new ProbeOutcome("http", ProbeStatus.OK, null, 400)));
    Diagnosis d = diagnoser.diagnose(bundle);
    assertThat(d.verdict().side()).isEqualTo(Side.SERVICE);
    assertThat(d.gateway().product()).isEqualTo("cloudflare");
    assertThat(d.causes()).filteredOn(c -> c.id().equals("origin-down")).first()
        .satisfies(c -> assertThat(c.state()).isEqualTo(CauseState.CONFIRMED));
  }
}
