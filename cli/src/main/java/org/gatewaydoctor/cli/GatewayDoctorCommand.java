package org.gatewaydoctor.cli;

import org.gatewaydoctor.facts.Version;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level {@code gateway-doctor} command: a holder for its subcommands. */
@Command(
    name = "gateway-doctor",
    mixinStandardHelpOptions = true,
    versionProvider = GatewayDoctorCommand.VersionProvider.class,
    description = {
        "Tells you whether a \"502 Bad Gateway\" (or any failure) of a web service such as ChatGPT is your",
        "fault or the service's, why, and what to do now."},
    subcommands = {DiagnoseCommand.class, AutoComplete.GenerateCompletion.class, CommandLine.HelpCommand.class},
    exitCodeListHeading = "%nExit Codes:%n",
    exitCodeList = {
        "0:Nothing wrong was found (the service answered normally).",
        "2:Bad input or usage (missing or malformed file, unknown option, service or URL).",
        "3:The fault is on the service's side.",
        "4:The fault is on your network.",
        "5:The fault is on your device.",
        "6:Undetermined: the evidence does not say whose side the fault is on.",
        "70:Internal error (a bug in gateway-doctor; please report it)."})
public final class GatewayDoctorCommand implements Runnable {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** The configured command line: exit codes, error handling and help wired in one place. */
  public static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new GatewayDoctorCommand());
    cli.setExitCodeExceptionMapper(new ErrorMapper());
    cli.setExecutionExceptionHandler(new ErrorMapper());
    cli.setParameterExceptionHandler(new ErrorMapper());
    cli.getCommandSpec().usageMessage().autoWidth(true);
    cli.getSubcommands().get("generate-completion").getCommandSpec().usageMessage().hidden(false);
    return cli;
  }

  /** Prints {@code gateway-doctor <version>} for {@code --version}. */
  static final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {Version.tool(), "Java " + System.getProperty("java.version")};
    }
  }
}
