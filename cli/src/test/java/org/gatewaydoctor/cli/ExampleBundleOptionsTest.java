package org.gatewaydoctor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/**
 * The example bundles and reports in docs/examples are read by people running
 * {@code diagnose --facts}: every command-line option they mention exists.
 */
class ExampleBundleOptionsTest {

  private static final Pattern OPTION = Pattern.compile("(?<![\\w-])--[a-z][a-z-]+");

  static Stream<Path> examples() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("../docs/examples"))) {
      return files.filter(p -> p.toString().endsWith(".json")).sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void everyOptionAnExampleMentionsExists(Path example) throws IOException {
    CliContext context = new CliContext(Clock.systemUTC(), Map.of(), Terminal.detect(Map.of(), new Properties(), false),
        new Diagnosers());
    CommandLine diagnose = GatewayDoctorCommand.commandLine(context).getSubcommands().get("diagnose");
    Set<String> mentioned = new TreeSet<>();
    Matcher m = OPTION.matcher(Files.readString(example));
    while (m.find()) {
      mentioned.add(m.group());
    }
    assertThat(mentioned).allMatch(o -> diagnose.getCommandSpec().findOption(o) != null,
        "an option of gateway-doctor diagnose");
  }
}
