package org.gatewaydoctor.rules.authoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gatewaydoctor.rules.engine.RuleMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(120)
class RuleCheckTest {

  @TempDir
  Path dir;

  private RuleCheck.Result check() throws IOException {
    return new RuleCheck().check(dir);
  }

  private void write(String file, String text) throws IOException {
    Files.createDirectories(dir.resolve(file).getParent());
    Files.writeString(dir.resolve(file), text);
  }

  private static String lines(RuleCheck.Result r) {
    return String.join("\n", r.problems().stream().map(RuleMessage::toString).toList());
  }

  @Test
  void findsNothingWrongWithTheBuiltInRuleBase() throws IOException {
    RuleCheck.Result result = new RuleCheck().check(null);

    assertThat(result.problems()).as(lines(result)).isEmpty();
    assertThat(result.rules()).isPositive();
  }

  @Test
  void locatesACompileErrorInARuleFile() throws IOException {
    write("corp/broken.drl", """
        package corp.rules;

        import org.gatewaydoctor.facts.http.HttpExchange;

        rule "A broken rule"
        when
          HttpExchange( nosuchfield == 1 )
        then
        end
        """);

    assertThat(lines(check())).containsPattern("(?m)^corp/broken\\.drl:7(:\\d+)?: ");
  }

  @Test
  void locatesAFindingAThresholdAndASolutionThatTheCatalogueDoesNotDefine() throws IOException {
    write("corp.drl", """
        package corp.rules;

        import org.gatewaydoctor.facts.http.HttpExchange;
        import org.gatewaydoctor.rules.catalog.Threshold;
        import org.gatewaydoctor.rules.model.Finding;
        import org.gatewaydoctor.rules.model.SolutionParam;

        // field note: a typo in a code compiles
        rule "A proxy asked for authentication"
        when
          Threshold( key == "http.proxy-auth.sttus", $status : intValue() )
          $h : HttpExchange( status != null, status == $status )
        then
          insertLogical( Finding.of( "CORP_PROXY_AUTH_REQIRED", $h ) );
          insertLogical( new SolutionParam( "sign-in-to-proxy", "who", "x", 1 ) );
        end
        """);

    RuleCheck.Result result = check();

    assertThat(lines(result))
        .contains("corp.drl:11:21: threshold http.proxy-auth.sttus is not in thresholds.yaml")
        .contains("corp.drl:14:30: finding CORP_PROXY_AUTH_REQIRED has no sentence in findings.yaml")
        .contains("corp.drl:15:37: solution sign-in-to-proxy is not in solutions.yaml");
    assertThat(result.ok()).isFalse();
  }

  @Test
  void locatesUnknownCausesAndFindingsAndACauseWithoutSolution() throws IOException {
    write("catalog/causes.yaml", """
        - id: corp-proxy-auth
          title: Your company's proxy wants a sign-in
          side: network
          parent: no-such-parent
          explanation: The proxy asked for a password.
          probes: [http]
          evidence:
            NO_SUCH_FINDING: 0.7
        """);
    write("catalog/solutions.yaml", """
        - id: sign-in-to-corp-proxy
          title: Sign in to your company's web proxy
          addresses: [local-proxy-failure, corp-proxy-auht]
          seconds: 60
          risk: none
          steps:
            - Open {hots} again after signing in.
        """);

    String out = lines(check());

    assertThat(out)
        .contains("catalog/causes.yaml:1:3: cause corp-proxy-auth has no solution")
        .contains("catalog/causes.yaml:4:11: cause corp-proxy-auth has parent no-such-parent, which causes.yaml does not")
        .contains("catalog/causes.yaml:8:5: cause corp-proxy-auth weighs finding NO_SUCH_FINDING")
        .contains("catalog/solutions.yaml:3:36: solution sign-in-to-corp-proxy addresses cause corp-proxy-auht")
        .contains("catalog/solutions.yaml:7:7: solution sign-in-to-corp-proxy: {hots} is not a placeholder");
  }

  @Test
  void locatesDuplicateFingerprintsAndPatternsThatDoNotCompileOrMatchEverything() throws IOException {
    write("catalog/fingerprints.yaml", """
        - id: corp-webproxy
          name: Example Corp web proxy
          role: forward-proxy
          operator: user-network
          source: ticket 12345
          signals:
            - {where: header, header: via, pattern: 'corp-proxy(', generated: false, weight: 0.3, example: 'corp-proxy('}
        - id: corp-webproxy
          name: Example Corp web proxy, again
          role: forward-proxy
          operator: user-network
          source: ticket 12345
          signals:
            - {where: header, header: via, pattern: 'corp|', generated: false, weight: 0.3, example: 'corp'}
        """);

    String out = lines(check());

    assertThat(out)
        .contains("catalog/fingerprints.yaml:8:7: fingerprint id corp-webproxy is defined twice in this file")
        .contains("catalog/fingerprints.yaml:7:45: fingerprint corp-webproxy: pattern 'corp-proxy(' is not a regular")
        .contains("catalog/fingerprints.yaml:14:45: fingerprint corp-webproxy: pattern 'corp|' matches the empty string");
  }

  @Test
  void locatesThresholdsInTheWrongUnit() throws IOException {
    write("thresholds.yaml", """
        http.latency.high.ms: 0.5
        firewall.failure.ratio: 20
        wait.default.seconds: 2m
        http.forbidden.status: 4030
        """);

    assertThat(lines(check()))
        .contains("thresholds.yaml:1:23: threshold http.latency.high.ms = 0.5: a time in milliseconds below 1")
        .contains("thresholds.yaml:2:25: threshold firewall.failure.ratio = 20: a ratio is a share from 0 to 1")
        .contains("thresholds.yaml:3:23: threshold wait.default.seconds must be a plain number")
        .contains("thresholds.yaml:4:24: threshold http.forbidden.status = 4030: an HTTP status");
  }

  @Test
  void locatesUniformFailureRowsOfAnUnknownKindOrFinding() throws IOException {
    write("uniform-failures.yaml", """
        - id: read-timout
          finding: CONNECT_TIMEOUTS
          source: a typo in the failure kind
        - id: reset
          finding: CONNECTIONS_RESET
          unless: CAPTIVE_PORTAL
          source: a typo in the finding that explains it away
        """);

    assertThat(lines(check()))
        .contains("uniform-failures.yaml:1:7: uniform failure read-timout is not a failure kind of fact bundles; use "
            + "one of [blocked, connect-timeout,")
        .contains("uniform-failures.yaml:6:11: uniform failure reset: unless CAPTIVE_PORTAL has no sentence in "
            + "findings.yaml (a typo, or add it there)");
  }

  @Test
  void locatesATextThatAnUnquotedHashCut() throws IOException {
    write("catalog/solutions.yaml", """
        - id: contact-support
          title: Contact the service's support
          addresses: [server-overload]
          seconds: 600
          risk: none   # a short word with a comment is meant
          steps:
            - Include the error page's reference (an Akamai Reference #, an incident ID).
        """);

    String out = lines(check());

    assertThat(out).contains("catalog/solutions.yaml:7:63: this text is cut at ' #'")
        .doesNotContain("solutions.yaml:5:");
  }

  @Test
  void refusesADirectoryThatDoesNotExist() {
    assertThatThrownBy(() -> new RuleCheck().check(dir.resolve("missing")))
        .isInstanceOf(IOException.class).hasMessageContaining("missing: no such directory");
  }
}
