package org.gatewaydoctor.cli.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Each documented exit code, produced by the real launcher from a live lab run or a saved bundle. */
@Timeout(600)
class ExitCodesIT {

  private static final String CLOUDFLARE = Launcher.EXAMPLES.resolve("cloudflare-502-origin-down.bundle.json")
      .toString();

  @Test
  void zeroWhenNothingIsWrong() {
    Launcher.Run run = Launcher.run("diagnose", "--lab", "healthy");
    assertThat(run.exitCode()).as(run.toString()).isZero();
  }

  @Test
  void twoForBadInput() {
    Launcher.assertBadInput(Launcher.run("diagnose", "--facts", "no/such/bundle.json"), "no such file");
  }

  @Test
  void threeWhenTheFaultIsTheServices() {
    Launcher.Run run = Launcher.run("diagnose", "--lab", "cloudflare-origin-down");
    assertThat(run.exitCode()).as(run.toString()).isEqualTo(3);
  }

  @Test
  void fourWhenTheFaultIsOnYourNetwork() {
    Launcher.Run run = Launcher.run("diagnose", "--lab", "proxy-error");
    assertThat(run.exitCode()).as(run.toString()).isEqualTo(4);
  }

  @Test
  void fiveWhenTheFaultIsOnYourDevice() {
    // The built-in rules need browser observations for this side; a test rule directory stands in.
    Launcher.Run run = Launcher.run("diagnose", "--facts", Launcher.EXAMPLES.resolve("healthy-200.bundle.json")
        .toString(), "--rules", Launcher.RESOURCES.resolve("rules/device-side").toString(), "--format", "json");
    assertThat(run.exitCode()).as(run.toString()).isEqualTo(5);
    assertThat(run.json().at("/verdict/side").asText()).isEqualTo("YOUR_DEVICE");
  }

  @Test
  void sixWhenTheEvidenceIsTooThin() {
    Launcher.Run run = Launcher.run("diagnose", "--facts",
        Launcher.RESOURCES.resolve("bundles/nothing-checked.bundle.json").toString(), "--format", "json");
    assertThat(run.exitCode()).as(run.toString()).isEqualTo(6);
    assertThat(run.json().at("/verdict/side").asText()).isEqualTo("UNKNOWN");
  }

  @Test
  void seventyWithOneLineWhenARuleFailsAtRunTime() {
    Launcher.Run run = Launcher.run("diagnose", "--facts", CLOUDFLARE, "--rules",
        Launcher.RESOURCES.resolve("rules/crashing").toString());
    assertThat(run.exitCode()).as(run.toString()).isEqualTo(70);
    assertThat(run.stdout()).isEmpty();
    assertThat(run.messages()).as(run.toString()).hasSize(1);
    assertThat(run.messages().get(0)).startsWith("gateway-doctor: internal error: ")
        .contains("this test rule fails on purpose").contains("GATEWAY_DOCTOR_DEBUG");
    assertThat(run.stderr()).doesNotContain("\tat ");
  }

  @Test
  void seventyShowsTheStackTraceOnlyWhenAskedTo() {
    Launcher.Run run = Launcher.run(env -> env.put("GATEWAY_DOCTOR_DEBUG", "1"), "diagnose", "--facts", CLOUDFLARE,
        "--rules", Launcher.RESOURCES.resolve("rules/crashing").toString());
    assertThat(run.exitCode()).isEqualTo(70);
    assertThat(run.stderr()).contains("\tat ");
  }
}
