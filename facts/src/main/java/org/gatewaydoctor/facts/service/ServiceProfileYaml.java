package org.gatewaydoctor.facts.service;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.gatewaydoctor.facts.yaml.YamlException;
import org.gatewaydoctor.facts.yaml.YamlNode;

/**
 * Service profiles as written in YAML (the built-in {@code services.yaml}, a configuration file's
 * {@code services:}), read with every problem located at its line and column.
 *
 * @since 0.1.0
 */
public final class ServiceProfileYaml {

  /** The keys a profile may have, in the order they are documented. */
  public static final List<String> KEYS = List.of("id", "name", "url", "hosts", "statusPage", "statusPageFormat",
      "statusPageHuman", "supportUrl", "cookieDomains", "expectedIssuers", "gateways");

  private ServiceProfileYaml() {}

  /**
   * The profiles in {@code list}, a YAML list of maps.
   *
   * @param what how to name the list in messages, such as {@code services}
   * @throws YamlException at the first value that is not acceptable
   */
  public static List<ServiceProfile> profiles(YamlNode list, String what) throws YamlException {
    list.requireList(what);
    List<ServiceProfile> out = new ArrayList<>();
    for (YamlNode item : list.items()) {
      out.add(profile(item));
    }
    return out;
  }

  /**
   * One profile. Without {@code hosts}, a profile with a URL owns the URL's host; {@code name}
   * defaults to the id.
   *
   * @throws YamlException at the first value that is not acceptable
   */
  public static ServiceProfile profile(YamlNode map) throws YamlException {
    map.requireMap("a service profile");
    map.requireKnownKeys("a service profile", KEYS);
    YamlNode idNode = map.get("id").orElseThrow(() -> map.error("a service profile needs an id"));
    String id = idNode.requireText("id");
    String url = text(map, "url");
    List<String> hosts = map.get("hosts").isPresent() ? strings(map, "hosts") : hostOf(url);
    StatusPageFormat format = null;
    if (map.get("statusPageFormat").isPresent() && !map.get("statusPageFormat").get().isNull()) {
      YamlNode f = map.get("statusPageFormat").get();
      try {
        format = StatusPageFormat.ofId(f.requireText("statusPageFormat"));
      } catch (IllegalArgumentException e) {
        throw f.error(e.getMessage());
      }
    }
    try {
      return new ServiceProfile(id, map.get("name").isPresent() ? text(map, "name") : id, url, hosts,
          text(map, "statusPage"), format, text(map, "statusPageHuman"), text(map, "supportUrl"),
          strings(map, "cookieDomains"), strings(map, "expectedIssuers"), strings(map, "gateways"));
    } catch (IllegalArgumentException | NullPointerException e) {
      throw at(map, e).error("service " + id + ": " + e.getMessage());
    }
  }

  /** The value a constructor complaint is about: the field it names, else the profile itself. */
  private static YamlNode at(YamlNode map, RuntimeException e) {
    String message = String.valueOf(e.getMessage());
    for (String key : KEYS) {
      if (message.startsWith(key + " ") && map.get(key).isPresent()) {
        return map.get(key).get();
      }
    }
    return map;
  }

  private static String text(YamlNode map, String key) throws YamlException {
    YamlNode v = map.get(key).orElse(null);
    return v == null || v.isNull() ? null : v.requireText(key);
  }

  private static List<String> strings(YamlNode map, String key) throws YamlException {
    YamlNode v = map.get(key).orElse(null);
    if (v == null || v.isNull()) {
      return List.of();
    }
    v.requireList(key);
    List<String> out = new ArrayList<>();
    for (YamlNode item : v.items()) {
      out.add(item.requireText("each of " + key));
    }
    return out;
  }

  private static List<String> hostOf(String url) {
    if (url == null) {
      return List.of();
    }
    try {
      String host = URI.create(url).getHost();
      return host == null ? List.of() : List.of(host);
    } catch (IllegalArgumentException e) {
      return List.of(); // the profile's constructor reports the URL
    }
  }
}
