package org.gatewaydoctor.probes.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import org.gatewaydoctor.facts.yaml.YamlException;
import org.gatewaydoctor.facts.yaml.YamlNode;
import org.gatewaydoctor.facts.yaml.YamlReader;
import org.gatewaydoctor.probes.net.ResolverEndpoint;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds and reads the configuration file. The file is, in this order: the one named explicitly
 * (the CLI's {@code --config}), else the one {@code $GATEWAY_DOCTOR_CONFIG} names, else
 * {@code $XDG_CONFIG_HOME/gateway-doctor/config.yaml} ({@code ~/.config/...} when the variable is
 * unset; {@code %APPDATA%\gateway-doctor\config.yaml} on Windows) when it exists; without one the
 * built-in defaults apply. A file that is named but missing is an error. The JVM property
 * {@code dns.server}, which the system resolver lookup also reads, is checked here too.
 * Thread-safe; reading sends nothing anywhere.
 *
 * @since 0.1.0
 */
public final class ConfigurationLoader {

  /** The environment variable naming a configuration file: {@value}. */
  public static final String ENV = "GATEWAY_DOCTOR_CONFIG";

  /** The JVM property that overrides the system resolvers (read by dnsjava too): {@value}. */
  public static final String DNS_SERVER_PROPERTY = "dns.server";

  private static final Logger LOG = LoggerFactory.getLogger(ConfigurationLoader.class);

  private final Map<String, String> env;
  private final Properties props;

  /**
   * @param env the user's environment ({@code GATEWAY_DOCTOR_CONFIG}, {@code XDG_CONFIG_HOME},
   *     {@code HOME}, {@code APPDATA})
   * @param props the JVM's properties ({@code os.name}, {@code user.home}, {@code dns.server})
   */
  public ConfigurationLoader(Map<String, String> env, Properties props) {
    this.env = Map.copyOf(env);
    this.props = Objects.requireNonNull(props, "props");
  }

  /**
   * The file to use: {@code explicit} when given, else as the class doc says; empty when the
   * built-in defaults apply.
   *
   * @throws ConfigurationException when a named file does not exist
   */
  public Optional<ConfigurationFile> locate(Path explicit) throws ConfigurationException {
    if (explicit != null) {
      return Optional.of(existing(new ConfigurationFile(explicit, "--config")));
    }
    String named = env.get(ENV);
    if (named != null && !named.isBlank()) {
      return Optional.of(existing(new ConfigurationFile(Path.of(named), "$" + ENV)));
    }
    return defaultLocation().filter(f -> Files.isRegularFile(f.path()));
  }

  /**
   * The configuration in effect: the located file read over the defaults, or the defaults.
   *
   * @param explicit the file the user named (the CLI's {@code --config}), or null
   * @throws ConfigurationException for a missing named file or any problem in it, located
   */
  public Configuration load(Path explicit) throws ConfigurationException {
    Optional<ConfigurationFile> file = locate(explicit);
    if (file.isEmpty()) {
      LOG.debug("configuration: none found (looked at {}); built-in defaults",
          defaultLocation().map(f -> f.path().toString()).orElse("no default location"));
      return withProperties(Configuration.defaults());
    }
    return read(file.get());
  }

  /** The configuration in {@code file}, over the defaults. */
  public Configuration read(ConfigurationFile file) throws ConfigurationException {
    long start = System.nanoTime(); // for the log line only
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file.path());
    } catch (NoSuchFileException e) {
      throw missing(file);
    } catch (IOException e) {
      throw new ConfigurationException(file.path() + ": cannot read the configuration file (named by "
          + file.chosenBy() + "): " + e.getMessage(), e);
    }
    Configuration read = read(bytes, file.path().toString(), file.chosenBy());
    LOG.info("configuration loaded from {} (named by {}) in {} ms", file.path(), file.chosenBy(),
        (System.nanoTime() - start) / 1_000_000);
    return read;
  }

  /**
   * The configuration in {@code bytes}, a YAML document, over the defaults.
   *
   * @param origin the file name used in messages and origins
   * @param chosenBy what named the file, recorded beside each value's origin
   * @throws ConfigurationException at the first problem, located as {@code FILE:LINE:COLUMN}
   */
  public Configuration read(byte[] bytes, String origin, String chosenBy) throws ConfigurationException {
    try {
      YamlNode root = new YamlReader().read(bytes, origin);
      return withProperties(new ConfigurationYamlReader(chosenBy).read(root, Configuration.defaults()));
    } catch (YamlException e) {
      throw ConfigurationException.of(e);
    }
  }

  /** Applies {@code -Ddns.server} when the file does not set the system resolvers; checks it either way. */
  private Configuration withProperties(Configuration c) throws ConfigurationException {
    String value = props.getProperty(DNS_SERVER_PROPERTY);
    if (value == null) {
      return c;
    }
    List<String> servers = new ArrayList<>();
    for (String part : value.split(",")) {
      try {
        ResolverEndpoint.parseAddress(part);
        servers.add(part.trim());
      } catch (IllegalArgumentException e) {
        throw new ConfigurationException("JVM property " + DNS_SERVER_PROPERTY + "=" + value + ": each resolver must "
            + "be an IP address with an optional port (host[:port], [IPv6]:port), got \"" + part.trim()
            + "\"; remove the property to use the system's resolvers, or set resolvers.system in the configuration "
            + "file", e);
      }
    }
    if (!c.origin("resolvers.system").equals(Configuration.BUILT_IN)) {
      return c; // the file's setting wins over the property
    }
    Map<String, String> origins = new LinkedHashMap<>(c.origins());
    origins.put("resolvers.system", "JVM property " + DNS_SERVER_PROPERTY);
    return new Configuration(c.deadline(), servers, c.independentResolvers(), c.references(), c.throughputUrl(),
        c.services(), c.checksAllow(), c.egressAllow(), origins);
  }

  /** Where a configuration file is looked for when none is named. */
  Optional<ConfigurationFile> defaultLocation() {
    boolean windows = props.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
    if (windows) {
      return absolute(env.get("APPDATA"))
          .map(d -> new ConfigurationFile(d.resolve("gateway-doctor").resolve("config.yaml"),
              "%APPDATA%\\gateway-doctor\\config.yaml"));
    }
    Optional<Path> xdg = absolute(env.get("XDG_CONFIG_HOME"));
    if (xdg.isPresent()) {
      return Optional.of(new ConfigurationFile(xdg.get().resolve("gateway-doctor").resolve("config.yaml"),
          "$XDG_CONFIG_HOME/gateway-doctor/config.yaml"));
    }
    // XDG Base Directory Specification: $XDG_CONFIG_HOME defaults to $HOME/.config.
    return absolute(env.get("HOME")).or(() -> absolute(props.getProperty("user.home")))
        .map(h -> new ConfigurationFile(h.resolve(".config").resolve("gateway-doctor").resolve("config.yaml"),
            "~/.config/gateway-doctor/config.yaml"));
  }

  private static Optional<Path> absolute(String value) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    Path p = Path.of(value);
    return p.isAbsolute() ? Optional.of(p) : Optional.empty();
  }

  private static ConfigurationFile existing(ConfigurationFile file) throws ConfigurationException {
    if (!Files.isRegularFile(file.path())) {
      throw missing(file);
    }
    return file;
  }

  private static ConfigurationException missing(ConfigurationFile file) {
    return new ConfigurationException(file.path() + ": no such configuration file (named by " + file.chosenBy()
        + "); check the path, or leave it out to use the built-in defaults");
  }
}
