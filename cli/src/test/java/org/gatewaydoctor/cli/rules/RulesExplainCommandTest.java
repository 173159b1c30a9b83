package org.gatewaydoctor.cli.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(120)
class RulesExplainCommandTest {

  private static final Path EXAMPLES = Path.of("../docs/examples");

  @Test
  void namesTheRulesThatDecidedTheVerdictOfAnExampleBundle() {
    Cli.Run run = Cli.run("rules", "explain", "--facts", EXAMPLES.resolve("cloudflare-502-origin-down.bundle.json")
        .toString());

    assertThat(run.exitCode()).as(run.toString()).isZero();
    // The finding that names the origin, the state it gives origin-down, and the verdict it leads to.
    assertThat(run.stdout())
        .containsPattern("(?m)^\\s+\\d+\\. \\[gateway\\] The gateway says the site's origin server behind it failed$")
        .containsPattern("(?m)^  origin-down: confirmed \\(0\\.90\\), by rule \"A cause whose certainty reaches the "
            + "confirmation threshold is confirmed\"$")
        .contains("+0.90 Cloudflare reports that the site's own server behind it failed (HTTP 502).")
        .containsPattern("(?m)^Verdict: SERVICE: It's not you: chatgpt.com's gateway \\(Cloudflare\\)")
        .containsPattern("(?m)^  proposed by rule \"A service-side fault with an identified gateway of the service "
            + "names that gateway\"$");
  }

  @Test
  void showsTheFactsEachRuleMatchedAndWhatItConcluded() {
    Cli.Run run = Cli.run("rules", "explain", "--facts", EXAMPLES.resolve("cloudflare-502-origin-down.bundle.json")
        .toString());

    assertThat(run.stdout())
        .containsPattern("(?m)^ +matched: +Threshold gateway\\.error\\.min = 400\\.0\\n +ResponseText of /observations/http/2$")
        .containsPattern("(?m)^ +concluded: +GatewaySignal\\[product=cloudflare, .*exchange=/observations/http/2\\]$")
        .containsPattern("(?m)^Rules that fired, in order \\(\\d+ firings\\):$");
  }

  @Test
  void explainsAHar() {
    Cli.Run run = Cli.run("rules", "explain", "--har", "src/test/resources/har/chatgpt-502.har");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.stdout()).contains("Verdict: ");
  }

  @Test
  void needsExactlyOneSource() {
    assertThat(Cli.run("rules", "explain").exitCode()).isEqualTo(2);
    Cli.Run both = Cli.run("rules", "explain", "--facts", "a.json", "--har", "b.har");
    assertThat(both.exitCode()).isEqualTo(2);
    assertThat(both.stderr()).contains("mutually exclusive");
  }

  @Test
  void refusesABundleThatDoesNotExist() {
    Cli.Run run = Cli.run("rules", "explain", "--facts", "no-such.bundle.json");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.stderr()).contains("no-such.bundle.json");
  }
}
