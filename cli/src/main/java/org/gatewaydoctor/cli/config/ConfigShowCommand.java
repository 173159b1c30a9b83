package org.gatewaydoctor.cli.config;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.gatewaydoctor.cli.CliContext;
import org.gatewaydoctor.cli.ExitCode;
import org.gatewaydoctor.cli.UsageError;
import org.gatewaydoctor.probes.config.Configuration;
import org.gatewaydoctor.probes.config.ConfigurationFile;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code gateway-doctor config show}: the configuration in effect, and where each value came from. */
// Descriptions are format strings: a literal % is written %% (else picocli warns on stderr and shows the raw text).
@Command(name = "show", mixinStandardHelpOptions = true,
    description = {
        "Print the configuration in effect as YAML (usable as a configuration file), with a comment after each "
            + "value saying where it came from: the built-in default, a file and line, or a JVM property.",
        "The file is --config FILE, else $GATEWAY_DOCTOR_CONFIG, else $XDG_CONFIG_HOME/gateway-doctor/config.yaml "
            + "(~/.config/gateway-doctor/config.yaml; %%APPDATA%%\\gateway-doctor\\config.yaml on Windows) when it "
            + "exists."})
final class ConfigShowCommand implements Callable<Integer> {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  private final CliContext context;

  ConfigShowCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() throws UsageError {
    Configuration configuration = Configurations.load(context, spec);
    ConfigurationFile file = Configurations.locate(context, spec).orElse(null);
    PrintWriter out = spec.commandLine().getOut();
    out.print(new ConfigurationYaml().render(configuration, file));
    out.flush();
    return ExitCode.NOTHING_WRONG.code();
  }
}
