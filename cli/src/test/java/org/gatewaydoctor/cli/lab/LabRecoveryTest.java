package org.gatewaydoctor.cli.lab;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.gatewaydoctor.facts.report.Side;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(30)
class LabRecoveryTest {

  private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  @Test
  void theRecoveringScenarioFailsForTwoChecksThenAnswersNormally() throws Exception {
    try (Lab lab = Lab.start(LabScenario.RECOVERING)) {
      lab.beginCheck();
      assertThat(status(lab)).isEqualTo(521);
      lab.beginCheck();
      assertThat(status(lab)).isEqualTo(521);
      lab.beginCheck();
      assertThat(status(lab)).isEqualTo(200);
    }
  }

  @Test
  void otherScenariosStageTheSameFailureOnEveryCheck() throws Exception {
    try (Lab lab = Lab.start(LabScenario.CLOUDFLARE_ORIGIN_DOWN)) {
      for (int i = 0; i < 4; i++) {
        lab.beginCheck();
        assertThat(status(lab)).isEqualTo(521);
      }
    }
    assertThat(LabScenario.HEALTHY.stagedAt(1)).isEqualTo(LabScenario.HEALTHY);
  }

  @Test
  void everyScenarioSaysWhichVerdictACorrectDiagnosisReaches() {
    assertThat(LabScenario.defaultScenario().expected()).isEqualTo(Side.SERVICE);
    assertThat(LabScenario.RECOVERING.stagedAt(3).expected()).isEqualTo(Side.NONE);
    assertThat(LabScenario.ofId(" Lying-DNS ")).isEqualTo(LabScenario.LYING_DNS);
  }

  private int status(Lab lab) throws Exception {
    // The lab's name resolves only through its own DNS; the port is the service's, on 127.0.0.1.
    int port = URI.create(lab.targetUrl()).getPort();
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/"))
        .timeout(Duration.ofSeconds(5)).build();
    return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
  }
}
