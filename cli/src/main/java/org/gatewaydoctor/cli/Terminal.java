package org.gatewaydoctor.cli;

import java.util.Map;
import java.util.Properties;

/**
 * What the terminal allows. The launcher tells the JVM which of stdout and stderr are terminals
 * ({@code -Dgateway-doctor.tty=out,err}, from the shell's {@code [ -t 1 ]} and {@code [ -t 2 ]}),
 * because Java 17 can only tell whether stdin and stdout both are ({@link System#console()}).
 *
 * @param stdoutTty whether standard output is an interactive terminal
 * @param stderrTty whether standard error is an interactive terminal
 * @param noColor whether the user asked for no colour ({@code NO_COLOR}, no-color.org)
 * @param dumb whether the terminal understands no control sequences at all ({@code TERM=dumb})
 */
public record Terminal(boolean stdoutTty, boolean stderrTty, boolean noColor, boolean dumb) {

  /** The system property the launcher sets: a comma-separated subset of {@code out,err}. */
  public static final String TTY_PROPERTY = "gateway-doctor.tty";

  /** Output goes to files or pipes: no colour, no redrawing. */
  public static final Terminal NONE = new Terminal(false, false, true, true);

  /** The terminal as the launcher described it, or as {@link System#console()} suggests without it. */
  public static Terminal detect(Map<String, String> env, Properties props, boolean hasConsole) {
    String tty = props.getProperty(TTY_PROPERTY);
    boolean out = tty == null ? hasConsole : tty.contains("out");
    boolean err = tty == null ? hasConsole : tty.contains("err");
    String noColor = env.get("NO_COLOR");
    return new Terminal(out, err, noColor != null && !noColor.isEmpty(), "dumb".equals(env.get("TERM")));
  }

  /** Whether ANSI colour may be used on standard output: only on a terminal, never with NO_COLOR. */
  public boolean colorOnStdout() {
    return stdoutTty && !noColor && !dumb;
  }

  /** Whether progress lines on standard error may be redrawn in place (cursor movement needs a real terminal). */
  public boolean redrawOnStderr() {
    return stderrTty && !dumb;
  }
}
