package org.gatewaydoctor.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.lang.reflect.Constructor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.gatewaydoctor.cli.config.ConfigCommand;
import org.gatewaydoctor.cli.config.Configurations;
import org.gatewaydoctor.cli.diagnose.DiagnoseCommand;
import org.gatewaydoctor.cli.rules.RulesCommand;
import org.gatewaydoctor.cli.serve.ServeCommand;
import org.gatewaydoctor.facts.Version;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The top-level {@code gateway-doctor} command: a holder for its subcommands. {@code diagnose}
 * answers the user's question; {@code rules} serves rule authors; {@code serve} runs the HTTP API.
 */
// No "subcommands" in the annotation: commandLine() adds them, all of them or only the one a run needs.
@Command(
    name = "gateway-doctor",
    mixinStandardHelpOptions = true,
    versionProvider = GatewayDoctorCommand.VersionProvider.class,
    description = {
        "Tells you whether a \"502 Bad Gateway\" (or any failure) of a web service such as ChatGPT is your "
            + "fault or the service's, why, and what to do now.",
        "",
        "Start with:",
        "  gateway-doctor diagnose         check ChatGPT from here",
        "  gateway-doctor diagnose --lab   a staged outage on loopback (no internet needed)",
        "  gateway-doctor config show      the configuration in effect, and where each value came from",
        "  gateway-doctor serve            the HTTP API for support tools (docs/api.md)"})
public final class GatewayDoctorCommand implements Runnable {

  /** The subcommands, in the order help lists them. */
  private static final Map<String, Class<?>> SUBCOMMANDS = subcommands();

  /** Subcommands whose runs need no other subcommand's model (help and completion need them all). */
  private static final Set<String> SELF_CONTAINED = Set.of("diagnose", "rules", "config", "serve");

  private static Map<String, Class<?>> subcommands() {
    Map<String, Class<?>> all = new LinkedHashMap<>();
    all.put("diagnose", DiagnoseCommand.class);
    all.put("rules", RulesCommand.class);
    all.put("config", ConfigCommand.class);
    all.put("serve", ServeCommand.class);
    all.put("generate-completion", AutoComplete.GenerateCompletion.class);
    all.put("help", CommandLine.HelpCommand.class);
    return Collections.unmodifiableMap(all);
  }

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  // Inherited: every command takes it (read with Configurations.named(spec)).
  @CommandLine.Option(names = Configurations.OPTION, paramLabel = "FILE", scope = CommandLine.ScopeType.INHERIT,
      description = "The configuration file: resolvers, reference sites, throughput sample, services and their "
          + "status pages (default: $GATEWAY_DOCTOR_CONFIG, else $XDG_CONFIG_HOME/gateway-doctor/config.yaml when it "
          + "exists; see 'gateway-doctor config show').")
  Path config;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /**
   * The configured command line: commands built with {@code context}, UTF-8 output, exit codes,
   * error handling and help wired in one place.
   */
  public static CommandLine commandLine(CliContext context) {
    return commandLine(context, new String[0]);
  }

  /**
   * The command line for running {@code args}: as {@link #commandLine(CliContext)}, but when the
   * first argument names a self-contained subcommand ({@code diagnose}, {@code rules}) only that
   * subcommand is modelled. Picocli builds every command's model by reflection when the command line
   * is made, and its classes cannot go into the class-data-sharing archive (they are Java 5 class
   * files), so skipping the models a run cannot use is a measurable part of start-up.
   */
  public static CommandLine commandLine(CliContext context, String[] args) {
    CommandLine cli = new CommandLine(new GatewayDoctorCommand(), new Factory(context));
    boolean one = args.length > 0 && SELF_CONTAINED.contains(args[0]);
    SUBCOMMANDS.forEach((name, type) -> {
      if (!one || name.equals(args[0])) {
        cli.addSubcommand(name, type);
      }
    });
    return configure(cli, context);
  }

  private static CommandLine configure(CommandLine cli, CliContext context) {
    ErrorMapper errors = new ErrorMapper(context.env());
    cli.setExitCodeExceptionMapper(errors);
    cli.setExecutionExceptionHandler(errors);
    cli.setParameterExceptionHandler(errors);
    // After the subcommands are added: picocli registers a converter with those present only.
    cli.registerConverter(Path.class, new PathArgument());
    // Reports are UTF-8 whatever the locale says (the JSON contract and HTML declare it).
    cli.setOut(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
    cli.setErr(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
    CommandLine completion = cli.getSubcommands().get("generate-completion");
    if (completion != null) {
      completion.getCommandSpec().usageMessage().hidden(false);
    }
    applyToAll(cli);
    return cli;
  }

  private static void applyToAll(CommandLine cli) {
    applyToAll(cli, ExitCode.helpList());
  }

  /** Help layout and exit codes; the rule authors' commands end with codes of their own, never a verdict's. */
  private static void applyToAll(CommandLine cli, Map<String, String> exitCodes) {
    cli.getCommandSpec().usageMessage().autoWidth(true);
    cli.getCommandSpec().usageMessage().exitCodeListHeading("%nExit codes:%n").exitCodeList(exitCodes);
    cli.getSubcommands().forEach((name, sub) ->
        applyToAll(sub, name.equals("rules") && sub.getParent() == cli && cli.getParent() == null
            ? ExitCode.rulesHelpList() : exitCodes));
  }

  /** Builds commands that take a {@link CliContext} in their constructor; others as picocli does. */
  private static final class Factory implements CommandLine.IFactory {
    private final CliContext context;
    private final CommandLine.IFactory fallback = CommandLine.defaultFactory();

    Factory(CliContext context) {
      this.context = context;
    }

    @Override
    public <K> K create(Class<K> type) throws Exception {
      for (Constructor<?> c : type.getDeclaredConstructors()) {
        if (c.getParameterCount() == 1 && c.getParameterTypes()[0] == CliContext.class) {
          c.setAccessible(true);
          return type.cast(c.newInstance(context));
        }
      }
      return fallback.create(type);
    }
  }

  /** Prints {@code gateway-doctor <version>} for {@code --version}. */
  static final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {Version.tool(), "Java " + System.getProperty("java.version")};
    }
  }
}
