package org.gatewaydoctor.cli.diagnose;

import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;
import java.util.stream.Collectors;
import picocli.CommandLine;

/**
 * The browsers a user can name with {@code --browser}, so that solutions give that browser's menus.
 * Names are the fact model's ({@code Environment.browser}); {@link #UNKNOWN} means none was named.
 */
public enum Browser {
  /** Not said; solutions give steps that work in any browser. */
  UNKNOWN,
  /** Google Chrome. */
  CHROME,
  /** Chromium. */
  CHROMIUM,
  /** Microsoft Edge. */
  EDGE,
  /** Mozilla Firefox. */
  FIREFOX,
  /** Apple Safari. */
  SAFARI,
  /** Brave. */
  BRAVE,
  /** Opera. */
  OPERA,
  /** Vivaldi. */
  VIVALDI;

  /** The name on the command line and in the fact bundle, such as {@code firefox}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The fact model's value: the id, or null when unknown. */
  String factValue() {
    return this == UNKNOWN ? null : id();
  }

  @Override
  public String toString() {
    return id();
  }

  /** Reads {@code --browser} case-insensitively, with a one-line message naming the choices. */
  static final class Converter implements CommandLine.ITypeConverter<Browser> {
    @Override
    public Browser convert(String value) {
      return Arrays.stream(values()).filter(b -> b.id().equalsIgnoreCase(value.trim())).findFirst()
          .orElseThrow(() -> new CommandLine.TypeConversionException("expected one of " + ids() + ", got \""
              + value + "\""));
    }
  }

  /** The ids for shell completion and help. */
  static final class Ids implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return Arrays.stream(values()).map(Browser::id).iterator();
    }
  }

  private static String ids() {
    return Arrays.stream(values()).map(Browser::id).collect(Collectors.joining(", "));
  }
}
