package org.gatewaydoctor.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import org.gatewaydoctor.facts.Echo;
import picocli.CommandLine;

/**
 * Reads every file and directory argument ({@code --facts}, {@code --har}, {@code --config},
 * {@code --save-facts}, {@code --rules}, a rule directory, ...). A word no file system can name (a
 * NUL character on Unix; {@code <>:"|?*} on Windows) is refused in the user's words, not picocli's
 * default {@code cannot convert '...' to interface java.nio.file.Path (java.nio.file.InvalidPathException: ...)}
 * (issue 16, found by CliArgumentProperties).
 */
final class PathArgument implements CommandLine.ITypeConverter<Path> {

  @Override
  public Path convert(String value) {
    try {
      return Path.of(value);
    } catch (InvalidPathException e) {
      throw new CommandLine.TypeConversionException(Echo.of(value) + " cannot name a file ("
          + e.getReason().toLowerCase(java.util.Locale.ROOT) + ")");
    }
  }
}
