package org.gatewaydoctor.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import org.gatewaydoctor.facts.report.Side;

/**
 * The process exit codes, one per verdict side plus errors, so that scripts can act on the answer.
 * This enum is their one home: {@code --help} lists them from here, and {@code docs/cli.md} repeats them.
 */
public enum ExitCode {
  /** Nothing wrong was found: the service answered normally (also: a watched service recovered). */
  NOTHING_WRONG(0, "Nothing wrong was found (the service answered normally; with --watch: it recovered)."),
  /** A scenario of {@code rules test} did not come out as expected (rule authors' commands only). */
  SCENARIOS_FAILED(1, "A scenario did not come out as it expects (rules test)."),
  /** Bad input or usage: a missing or malformed file, an unknown option, service or scenario, a bad URL. */
  BAD_INPUT(2, "Bad input or usage (a missing or malformed file or configuration, an unknown option, service, "
      + "browser or lab scenario, a URL that is not http(s), a bad --interval)."),
  /** The fault is on the service's side. */
  SERVICE(3, "The fault is on the service's side."),
  /** The fault is on the user's network. */
  YOUR_NETWORK(4, "The fault is on your network (ISP, DNS, Wi-Fi sign-in, proxy or firewall)."),
  /** The fault is on the user's device. */
  YOUR_DEVICE(5, "The fault is on your device (browser, its cache, cookies or extensions)."),
  /** The evidence does not say whose side the fault is on. */
  UNDETERMINED(6, "Undetermined: the evidence does not say whose side the fault is on."),
  /** A bug in gateway-doctor (EX_SOFTWARE of sysexits.h). */
  INTERNAL_ERROR(70, "Internal error (a bug in gateway-doctor or in a rule; please report it).");

  private final int code;
  private final String meaning;

  ExitCode(int code, String meaning) {
    this.code = code;
    this.meaning = meaning;
  }

  /** The numeric code the process exits with. */
  public int code() {
    return code;
  }

  /** One sentence saying what the code means, as {@code --help} prints it. */
  public String meaning() {
    return meaning;
  }

  /** The exit code for a verdict side. */
  public static ExitCode of(Side side) {
    return switch (side) {
      case NONE -> NOTHING_WRONG;
      case SERVICE -> SERVICE;
      case YOUR_NETWORK -> YOUR_NETWORK;
      case YOUR_DEVICE -> YOUR_DEVICE;
      case UNKNOWN -> UNDETERMINED;
    };
  }

  /**
   * Every code a diagnosis or another user's command may end with, and its meaning, in numeric order,
   * as picocli's exit code list takes them.
   */
  public static Map<String, String> helpList() {
    Map<String, String> list = new LinkedHashMap<>();
    for (ExitCode c : values()) {
      if (c != SCENARIOS_FAILED) {
        list.put(String.format("%3d", c.code), c.meaning);
      }
    }
    return list;
  }

  /** The codes of the rule authors' commands ({@code rules ...}): no verdicts, and one for failed scenarios. */
  public static Map<String, String> rulesHelpList() {
    Map<String, String> list = new LinkedHashMap<>();
    list.put(String.format("%3d", NOTHING_WRONG.code), "Done: nothing wrong (check), every scenario passed (test).");
    list.put(String.format("%3d", SCENARIOS_FAILED.code), SCENARIOS_FAILED.meaning);
    list.put(String.format("%3d", BAD_INPUT.code), "Bad input or usage (a missing or malformed file, an unknown "
        + "option); rules check: the rule base has problems, each printed as file:line:column: text.");
    list.put(String.format("%3d", INTERNAL_ERROR.code), INTERNAL_ERROR.meaning);
    return list;
  }
}
