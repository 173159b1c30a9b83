package org.gatewaydoctor.probes.browser;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;

/**
 * The machine whose browsers are examined: everything the probe would otherwise read from the JVM
 * (OS, home directory, environment, clock), passed in so tests can describe any machine.
 *
 * @param os which family of browser locations to search
 * @param home the user's home directory, written as {@code ~} in observations
 * @param env environment variables; only {@code HOME}/{@code USERPROFILE} (by {@link #of}), {@code LOCALAPPDATA}, {@code APPDATA},
 *     {@code ProgramFiles}, {@code ProgramFiles(x86)}, {@code XDG_CONFIG_HOME} and
 *     {@code XDG_CACHE_HOME} are consulted, each with the platform's default when absent
 * @param root the file-system root under which system-wide installations are searched
 *     ({@code /} on Linux and macOS, {@code C:\} on Windows)
 * @param tempDir where private copies of cookie stores are made (and deleted after reading)
 * @param clock what "now" is when judging cookie expiry
 */
public record BrowserHost(HostOs os, Path home, Map<String, String> env, Path root, Path tempDir, Clock clock) {
  public BrowserHost {
    Objects.requireNonNull(os, "os");
    Objects.requireNonNull(home, "home");
    Objects.requireNonNull(root, "root");
    Objects.requireNonNull(tempDir, "tempDir");
    Objects.requireNonNull(clock, "clock");
    env = Map.copyOf(env);
  }

  /** The machine this JVM runs on, as this process's environment describes it, judged by {@code clock}. */
  public static BrowserHost current(Clock clock) {
    return of(System.getenv(), System.getProperties(), clock);
  }

  /**
   * The machine described by {@code env} (the user's shell environment) and {@code props} (the
   * JVM's properties): the home directory is {@code $HOME} ({@code %USERPROFILE%} on Windows) as the
   * shell has it, so that a support person who points {@code HOME} at a copied profile examines
   * that one; the JVM's {@code user.home} only when the variable is unset or not absolute.
   */
  public static BrowserHost of(Map<String, String> env, Properties props, Clock clock) {
    HostOs os = HostOs.fromOsName(props.getProperty("os.name"));
    Path home = homeOf(env, os).orElse(Path.of(props.getProperty("user.home")));
    Path root = os == HostOs.WINDOWS
        ? Path.of(env.getOrDefault("SystemDrive", "C:") + "\\")
        : Path.of("/");
    return new BrowserHost(os, home, env, root, Path.of(props.getProperty("java.io.tmpdir")), clock);
  }

  private static Optional<Path> homeOf(Map<String, String> env, HostOs os) {
    String value = env.get(os == HostOs.WINDOWS ? "USERPROFILE" : "HOME");
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    Path path = Path.of(value);
    return path.isAbsolute() ? Optional.of(path) : Optional.empty();
  }

  /** {@code %LOCALAPPDATA%}, by default {@code ~\AppData\Local}. */
  Path localAppData() {
    return envPath("LOCALAPPDATA").orElse(home.resolve("AppData").resolve("Local"));
  }

  /** {@code %APPDATA%}, by default {@code ~\AppData\Roaming}. */
  Path appData() {
    return envPath("APPDATA").orElse(home.resolve("AppData").resolve("Roaming"));
  }

  /** {@code $XDG_CONFIG_HOME}, by default {@code ~/.config} (XDG Base Directory Specification). */
  Path configHome() {
    return envPath("XDG_CONFIG_HOME").orElse(home.resolve(".config"));
  }

  /** {@code $XDG_CACHE_HOME}, by default {@code ~/.cache}. */
  Path cacheHome() {
    return envPath("XDG_CACHE_HOME").orElse(home.resolve(".cache"));
  }

  /** The value of an environment variable naming a directory; relative or blank values are ignored (XDG spec). */
  Optional<Path> envPath(String name) {
    String value = env.get(name);
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    Path path = Path.of(value);
    return path.isAbsolute() ? Optional.of(path) : Optional.empty();
  }

  /** {@code path} as written in observations: the home directory as {@code ~}, the OS's separator. */
  String display(Path path) {
    Path normal = path.toAbsolutePath().normalize();
    Path homeNormal = home.toAbsolutePath().normalize();
    if (normal.startsWith(homeNormal)) {
      StringBuilder out = new StringBuilder("~");
      for (Path part : homeNormal.relativize(normal)) {
        if (!part.toString().isEmpty()) {
          out.append(os.separator()).append(part);
        }
      }
      return out.toString();
    }
    return normal.toString();
  }
}
