package org.gatewaydoctor.probes.check;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import org.gatewaydoctor.facts.Environment;

/**
 * The machine a check runs on, as the user has it: the platform recorded in the bundle, the
 * environment variables (the proxy in effect: {@code HTTP_PROXY} and friends; where browser
 * profiles are: {@code HOME}, {@code XDG_CONFIG_HOME}, {@code APPDATA}, ...), and whether this
 * machine's browser profiles may be read.
 *
 * @param platform the OS family, version, architecture and the browser that showed the error
 * @param env the user's environment variables (the CLI passes its process's; a server passes what
 *     it wants the check to see, usually nothing)
 * @param browserProfiles whether to read browser profiles under {@code env}'s home directory (cache
 *     size, cookie counts and sizes, extensions; never a cookie value)
 * @since 0.1.0
 */
public record CheckHost(Environment platform, Map<String, String> env, boolean browserProfiles) {
  public CheckHost {
    Objects.requireNonNull(platform, "platform");
    env = Map.copyOf(env);
  }

  /**
   * This JVM's machine: its platform from {@code os.name}, {@code os.version}, {@code os.arch}.
   *
   * @param env the user's environment variables
   * @param browser the browser that showed the error ({@code chrome}, {@code firefox}, ...), or null
   * @param browserProfiles whether to read this machine's browser profiles
   */
  public static CheckHost of(Map<String, String> env, String browser, boolean browserProfiles) {
    return new CheckHost(platform(System.getProperties(), browser), env, browserProfiles);
  }

  /**
   * The platform {@code props} (the JVM's properties) describe, in the fact model's words, with the
   * browser the user named (or null).
   */
  public static Environment platform(Properties props, String browser) {
    String name = props.getProperty("os.name", "").toLowerCase(Locale.ROOT);
    String os = name.startsWith("windows") ? "windows" : name.startsWith("mac") ? "macos"
        : name.contains("linux") ? "linux" : "unknown";
    return new Environment(os, props.getProperty("os.version"), props.getProperty("os.arch"), browser);
  }
}
