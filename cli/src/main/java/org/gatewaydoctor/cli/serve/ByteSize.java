package org.gatewaydoctor.cli.serve;

import org.gatewaydoctor.facts.Echo;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;

/** {@code --max-body}: bytes ({@code 5000000}) or with a decimal unit ({@code 5MB}, {@code 512kB}). */
final class ByteSize implements CommandLine.ITypeConverter<Long> {

  private static final Pattern SIZE = Pattern.compile("(\\d{1,12})\\s*(b|kb|mb)?");

  @Override
  public Long convert(String value) {
    Matcher m = SIZE.matcher(value.trim().toLowerCase(Locale.ROOT));
    if (!m.matches()) {
      throw new CommandLine.TypeConversionException("--max-body must be a size such as 5MB, 512kB or 1000000 "
          + "(bytes), got " + Echo.of(value));
    }
    long n = Long.parseLong(m.group(1));
    long bytes = m.group(2) == null || m.group(2).equals("b") ? n : m.group(2).equals("kb") ? n * 1000 : n * 1000_000;
    if (bytes < 1 || bytes > 1_000_000_000L) {
      throw new CommandLine.TypeConversionException("--max-body must be 1 byte to 1000MB, got " + Echo.of(value));
    }
    return bytes;
  }
}
