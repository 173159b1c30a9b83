package org.gatewaydoctor.rules.solutions;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.gatewaydoctor.facts.bundle.BundleReader;
import org.gatewaydoctor.facts.report.Diagnosis;
import org.gatewaydoctor.facts.report.SolutionAdvice;
import org.gatewaydoctor.rules.Diagnoser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * For a service-side verdict the to-do list follows what a person should do first: the cheap, safe
 * reload (after copying unsent text) before contacting support, which is for a problem that lasts,
 * and waiting offers to watch for recovery.
 */
class ServiceSideSolutionsTest {

  private static Diagnosis d;

  @BeforeAll
  static void diagnose() throws Exception {
    d = Diagnoser.builtIn().diagnose(new BundleReader()
        .read(Path.of("../docs/examples/cloudflare-502-origin-down.bundle.json")).bundle());
  }

  private static List<String> ids() {
    return d.solutions().stream().map(SolutionAdvice::id).toList();
  }

  @Test
  void aReloadAfterCopyingUnsentTextComesBeforeContactingSupport() {
    assertThat(ids()).contains("refresh-page", "contact-support");
    assertThat(ids().indexOf("refresh-page")).isLessThan(ids().indexOf("contact-support"));
    SolutionAdvice refresh = d.solutions().get(ids().indexOf("refresh-page"));
    assertThat(refresh.steps().get(0)).isEqualTo("Copy anything you typed but did not send.");
    assertThat(d.solutions().get(ids().indexOf("contact-support")).cost()).contains("do this if the problem lasts");
  }

  @Test
  void waitingOffersToWatchForRecovery() {
    SolutionAdvice wait = d.solutions().get(ids().indexOf("wait-and-retry"));

    assertThat(wait.steps()).anyMatch(step -> step.contains("gateway-doctor diagnose https://chatgpt.com/ --watch"));
  }
}
