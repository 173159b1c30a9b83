package org.gatewaydoctor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** A mistyped option is named as such, whatever option before it could have taken it as a value. */
class MistypedOptionTest {

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CliContext context = new CliContext(Clock.systemUTC(), Map.of("GATEWAY_DOCTOR_EGRESS", "loopback"),
        Terminal.detect(Map.of(), new Properties(), false), new Diagnosers());
    CommandLine cli = GatewayDoctorCommand.commandLine(context, args);
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }

  @Test
  void aTypoAfterLabNamesTheUnknownOption() {
    int code = run("diagnose", "--lab", "--fromat", "json");

    assertThat(code).isEqualTo(ExitCode.BAD_INPUT.code());
    assertThat(err.toString()).contains("Unknown option: '--fromat'").doesNotContain("URL");
    assertThat(out.toString()).isEmpty();
  }
}
