package org.gatewaydoctor.cli.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Bad input of every kind: exit code 2, one clear line on stderr, nothing on stdout, no stack trace. */
@Timeout(600)
class BadInputIT {

  private static String resource(String path) {
    return Launcher.RESOURCES.resolve(path).toString();
  }

  static Stream<Arguments> badInputs() {
    return Stream.of(
        Arguments.of("a missing bundle", new String[] {"diagnose", "--facts", "no/such.json"},
            "no/such.json: no such file"),
        Arguments.of("a bundle that is not JSON", new String[] {"diagnose", "--facts", "README.md"},
            "README.md: line 1, column 1: invalid JSON"),
        Arguments.of("a bundle of the wrong shape", new String[] {"diagnose", "--facts",
            resource("bundles/malformed.bundle.json")}, "/observations/http/0/sample"),
        Arguments.of("a missing HAR", new String[] {"diagnose", "--har", "no/such.har"}, "no/such.har: no such file"),
        Arguments.of("a truncated HAR", new String[] {"diagnose", "--har", resource("har/truncated.har")},
            "truncated.har: line 5, column 1"),
        Arguments.of("a HAR of the wrong shape", new String[] {"diagnose", "--har", resource("har/wrong-shape.har")},
            "at /log/entries/0/response/status: expected an integer"),
        Arguments.of("an unknown service", new String[] {"diagnose", "--service", "myspace"},
            "unknown service \"myspace\"; known: chatgpt"),
        Arguments.of("a URL that is not http(s)", new String[] {"diagnose", "ftp://files.example.test/"},
            "not an http(s) URL: \"ftp://files.example.test/\""),
        Arguments.of("a URL without a scheme", new String[] {"diagnose", "chatgpt.com"},
            "not an http(s) URL: \"chatgpt.com\""),
        Arguments.of("an unknown lab scenario", new String[] {"diagnose", "--lab", "meteor-strike"},
            "unknown lab scenario \"meteor-strike\"; expected one of cloudflare-origin-down"),
        Arguments.of("an interval too short", new String[] {"diagnose", "--lab", "--watch", "--interval", "1"},
            "--interval': expected 5 s to 1 h"),
        Arguments.of("an interval that is not a time", new String[] {"diagnose", "--watch", "--interval", "often"},
            "expected seconds (30, 30s) or minutes (2m), got \"often\""),
        Arguments.of("an unknown browser", new String[] {"diagnose", "--lab", "--browser", "netscape"},
            "expected one of unknown, chrome"),
        Arguments.of("an unknown format", new String[] {"diagnose", "--lab", "--format", "pdf"}, "--format"),
        Arguments.of("an unknown option", new String[] {"diagnose", "--colour"}, "Unknown option: '--colour'"),
        Arguments.of("two inputs at once", new String[] {"diagnose", "--lab", "--facts", "x.json"},
            "give only one of them"),
        Arguments.of("--watch on a saved bundle", new String[] {"diagnose", "--watch", "--facts", "x.json"},
            "--watch checks again and again"),
        Arguments.of("a missing rule directory", new String[] {"diagnose", "--lab", "--rules", "no/such/dir"},
            "no/such/dir"),
        Arguments.of("a rule file that does not compile", new String[] {"diagnose", "--lab", "--rules",
            resource("rules/broken")}, "broken.drl:"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badInputs")
  void badInputGetsOneClearLineAndExitCodeTwo(String what, String[] args, String message) {
    Launcher.assertBadInput(Launcher.run(args), message);
  }

  @Test
  void aSaveTargetThatIsADirectoryIsRefusedBeforeAnyWork(@TempDir Path dir) {
    Launcher.assertBadInput(Launcher.run("diagnose", "--lab", "--save-facts", dir.toString()), "is a directory");
  }

  @Test
  void nothingIsWrittenWhenTheInputIsBad(@TempDir Path dir) {
    Path target = dir.resolve("facts.json");
    Launcher.assertBadInput(Launcher.run("diagnose", "--har", resource("har/wrong-shape.har"), "--save-facts",
        target.toString()), "wrong-shape.har");
    assertThat(target).doesNotExist();
    assertThat(dir).isEmptyDirectory();
  }

  @Test
  void theLauncherSaysHowToBuildWhenThereIsNoJar(@TempDir Path dir) throws Exception {
    Path copy = Files.copy(Launcher.LAUNCHER, dir.resolve("gateway-doctor"));
    Launcher.Run run = Launcher.exec(java.util.List.of(copy.toString(), "diagnose", "--lab"), env -> {});
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.stderr()).isEqualTo("gateway-doctor: not built yet; run: ./mvnw -B -q -DskipTests package\n");
  }
}
