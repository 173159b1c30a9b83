package org.gatewaydoctor.cli.diagnose;

import org.gatewaydoctor.facts.Echo;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;

/**
 * Reads {@code --interval}: seconds ({@code 30}, {@code 30s}) or minutes ({@code 2m}), within
 * {@link #MIN} and {@link #MAX}. The floor keeps a watch from hammering a struggling service (and
 * its rate limits): a check itself takes up to the 8 s deadline.
 */
final class Interval implements CommandLine.ITypeConverter<Duration> {

  /** The default interval: {@value #DEFAULT_TEXT}. */
  static final String DEFAULT_TEXT = "30s";

  /** The shortest interval allowed: 5 s. */
  static final Duration MIN = Duration.ofSeconds(5);

  /** The longest interval allowed: 1 hour. */
  static final Duration MAX = Duration.ofHours(1);

  private static final Pattern FORM = Pattern.compile("(\\d{1,6}(?:\\.\\d{1,3})?)\\s*(s|sec|m|min)?");

  @Override
  public Duration convert(String value) {
    Matcher m = FORM.matcher(value.trim().toLowerCase(Locale.ROOT));
    if (!m.matches()) {
      throw new CommandLine.TypeConversionException("expected seconds (30, 30s) or minutes (2m), got \"" + value
          + "\"");
    }
    double amount = Double.parseDouble(m.group(1));
    boolean minutes = m.group(2) != null && m.group(2).startsWith("m");
    Duration d = Duration.ofMillis(Math.round(amount * (minutes ? 60_000 : 1_000)));
    if (d.compareTo(MIN) < 0 || d.compareTo(MAX) > 0) {
      throw new CommandLine.TypeConversionException("expected " + MIN.toSeconds() + " s to " + MAX.toHours()
          + " h (a check itself takes up to 8 s), got " + Echo.of(value));
    }
    return d;
  }
}
