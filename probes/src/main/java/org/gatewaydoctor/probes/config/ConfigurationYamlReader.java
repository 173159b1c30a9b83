package org.gatewaydoctor.probes.config;

import org.gatewaydoctor.facts.Echo;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;
import org.gatewaydoctor.facts.service.ServiceProfile;
import org.gatewaydoctor.facts.service.ServiceProfileYaml;
import org.gatewaydoctor.facts.service.ServiceProfiles;
import org.gatewaydoctor.facts.yaml.YamlException;
import org.gatewaydoctor.facts.yaml.YamlNode;
import org.gatewaydoctor.probes.ReferenceEndpoint;
import org.gatewaydoctor.probes.egress.AddressBlock;
import org.gatewaydoctor.probes.net.ResolverEndpoint;

/** Turns a configuration document into a {@link Configuration}, every problem located at its value. */
final class ConfigurationYamlReader {

  static final List<String> TOP = List.of("deadline", "resolvers", "references", "throughput", "services", "checks",
      "egress");
  private static final List<String> RESOLVERS = List.of("system", "independent");
  private static final List<String> REFERENCE = List.of("name", "url", "expectStatus", "expectBody");
  private static final Pattern DURATION = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(ms|s|m)?");

  private final String chosenBy;

  ConfigurationYamlReader(String chosenBy) {
    this.chosenBy = chosenBy;
  }

  Configuration read(YamlNode root, Configuration defaults) throws YamlException {
    if (root.isNull()) {
      return defaults; // an empty file changes nothing
    }
    root.requireMap("the configuration");
    root.requireKnownKeys("the configuration", TOP);
    Map<String, String> origins = new LinkedHashMap<>(defaults.origins());
    Duration deadline = defaults.deadline();
    List<String> system = defaults.systemResolvers();
    Map<String, String> independent = defaults.independentResolvers();
    List<ReferenceEndpoint> references = defaults.references();
    String throughput = defaults.throughputUrl();
    ServiceProfiles services = defaults.services();
    AllowList allow = defaults.checksAllow();
    List<String> egress = defaults.egressAllow();
    for (YamlNode.Field f : root.fields().values()) {
      YamlNode v = f.value();
      switch (f.key()) {
        case "deadline" -> deadline = deadline(v);
        case "resolvers" -> {
          v.requireMap("resolvers");
          v.requireKnownKeys("resolvers", RESOLVERS);
          if (v.get("system").isPresent()) {
            system = systemResolvers(v.get("system").get());
            origins.put("resolvers.system", origin(v.get("system").get()));
          }
          if (v.get("independent").isPresent()) {
            independent = independentResolvers(v.get("independent").get());
            origins.put("resolvers.independent", origin(v.get("independent").get()));
          }
          continue;
        }
        case "references" -> references = references(v);
        case "throughput" -> throughput = v.isNull() ? null : url(v, "throughput");
        case "services" -> {
          List<ServiceProfile> listed = v.isNull() ? List.of() : ServiceProfileYaml.profiles(v, "services");
          try {
            services = services.with(listed);
          } catch (IllegalArgumentException e) {
            throw v.error("services: " + e.getMessage());
          }
          for (int i = 0; i < listed.size(); i++) {
            origins.put("services." + listed.get(i).id(), origin(v.items().get(i)));
          }
          continue;
        }
        case "checks" -> {
          v.requireMap("checks");
          v.requireKnownKeys("checks", List.of("allow"));
          if (v.get("allow").isPresent()) {
            allow = new AllowList(strings(v.get("allow").get(), "checks.allow", AllowList::checked));
            origins.put("checks.allow", origin(v.get("allow").get()));
          }
          continue;
        }
        case "egress" -> {
          v.requireMap("egress");
          v.requireKnownKeys("egress", List.of("allow"));
          if (v.get("allow").isPresent()) {
            egress = strings(v.get("allow").get(), "egress.allow", ConfigurationYamlReader::blocks);
            origins.put("egress.allow", origin(v.get("allow").get()));
          }
          continue;
        }
        default -> throw new IllegalStateException(f.key()); // requireKnownKeys has refused it
      }
      origins.put(f.key(), origin(v));
    }
    return new Configuration(deadline, system, independent, references, throughput, services, allow, egress,
        origins);
  }

  private String origin(YamlNode v) {
    return v.where() + " (" + chosenBy + ")";
  }

  /** {@code 8s}, {@code 500ms}, {@code 2m}, {@code 8} (seconds) or ISO-8601 ({@code PT8S}). */
  private static Duration deadline(YamlNode v) throws YamlException {
    String text = v.requireText("deadline").trim();
    Duration d = null;
    Matcher m = DURATION.matcher(text.toLowerCase(Locale.ROOT));
    if (m.matches()) {
      double amount = Double.parseDouble(m.group(1));
      String unit = m.group(2) == null ? "s" : m.group(2);
      long millis = Math.round(amount * switch (unit) {
        case "ms" -> 1;
        case "m" -> 60_000;
        default -> 1_000;
      });
      d = Duration.ofMillis(millis);
    } else {
      try {
        d = Duration.parse(text);
      } catch (DateTimeParseException e) {
        // reported below
      }
    }
    if (d == null) {
      throw v.error("deadline must be a duration such as 8s, 500ms or 1m, got " + Echo.of(text));
    }
    if (d.isNegative() || d.isZero() || d.compareTo(Configuration.MAX_DEADLINE) > 0) {
      throw v.error("deadline must be positive and at most 5m, got " + Echo.of(text));
    }
    return d;
  }

  private static List<String> systemResolvers(YamlNode v) throws YamlException {
    if (v.isNull()) {
      return null; // as the OS is configured
    }
    List<String> out = new ArrayList<>();
    for (YamlNode item : v.requireList("resolvers.system").items()) {
      out.add(resolver(item, "resolvers.system"));
    }
    if (out.isEmpty()) {
      throw v.error("resolvers.system needs at least one resolver; leave it out (or null) to use the system's");
    }
    return out;
  }

  private static Map<String, String> independentResolvers(YamlNode v) throws YamlException {
    Map<String, String> out = new LinkedHashMap<>();
    if (v.isNull()) {
      return out;
    }
    v.requireMap("resolvers.independent (name: \"ip[:port]\")");
    for (YamlNode.Field f : v.fields().values()) {
      out.put(f.key(), resolver(f.value(), "resolvers.independent." + f.key()));
    }
    return out;
  }

  private static String resolver(YamlNode v, String what) throws YamlException {
    String text = v.requireText(what);
    try {
      ResolverEndpoint.parseAddress(text);
      return text.trim();
    } catch (IllegalArgumentException e) {
      throw v.error(what + ": a resolver must be host[:port] with an IP address as host (127.0.0.1:5353, "
          + "[::1]:53; a name would itself need a resolver), got " + Echo.of(text));
    }
  }

  private static List<ReferenceEndpoint> references(YamlNode v) throws YamlException {
    List<ReferenceEndpoint> out = new ArrayList<>();
    if (v.isNull()) {
      return out;
    }
    List<String> names = new ArrayList<>();
    for (YamlNode item : v.requireList("references").items()) {
      item.requireMap("a reference");
      item.requireKnownKeys("a reference", REFERENCE);
      YamlNode urlNode = item.get("url").orElseThrow(() -> item.error("a reference needs a url"));
      String url = url(urlNode, "references: url");
      int status = item.get("expectStatus").isPresent() ? item.get("expectStatus").get().requireInt("expectStatus")
          : 200;
      String body = item.get("expectBody").filter(n -> !n.isNull()).isPresent()
          ? item.get("expectBody").get().requireText("expectBody") : null;
      String name = item.get("name").isPresent() ? item.get("name").get().requireText("name")
          : HttpUrl.get(url).host();
      if (names.contains(name)) {
        name = name + "-" + (names.size() + 1);
      }
      names.add(name);
      try {
        out.add(new ReferenceEndpoint(name, url, status, body));
      } catch (IllegalArgumentException e) {
        throw item.get("expectStatus").orElse(item).error("references: " + e.getMessage());
      }
    }
    return out;
  }

  private static String url(YamlNode v, String what) throws YamlException {
    String text = v.requireText(what);
    if (HttpUrl.parse(text.trim()) == null) {
      throw v.error(what + " must be an http(s) URL, got " + Echo.of(text));
    }
    return text.trim();
  }

  /** A checker of one list entry: throws IllegalArgumentException naming a bad one. */
  private interface Check {
    List<String> apply(List<String> values);
  }

  private static List<String> strings(YamlNode v, String what, Check check) throws YamlException {
    if (v.isNull()) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (YamlNode item : v.requireList(what).items()) {
      String text = item.requireText("each of " + what);
      try {
        out.addAll(check.apply(List.of(text)));
      } catch (IllegalArgumentException e) {
        throw item.error(what + ": " + e.getMessage());
      }
    }
    return out;
  }

  private static List<String> blocks(List<String> values) {
    values.forEach(AddressBlock::parse);
    return values.stream().map(String::trim).toList();
  }
}
