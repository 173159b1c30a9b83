package org.gatewaydoctor.facts.service;

import org.gatewaydoctor.facts.Echo;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.gatewaydoctor.facts.yaml.YamlException;
import org.gatewaydoctor.facts.yaml.YamlNode;
import org.gatewaydoctor.facts.yaml.YamlReader;

/**
 * The service profiles in effect: the built-in ones ({@value #BUILT_IN}), with those of a
 * configuration file laid over them by id. Immutable and thread-safe; always holds a
 * {@link ServiceProfile#GENERIC} profile.
 *
 * @since 0.1.0
 */
public final class ServiceProfiles {

  /** The class-path resource holding the built-in profiles: {@value}. */
  public static final String BUILT_IN = "org/gatewaydoctor/facts/service/services.yaml";

  private final List<ServiceProfile> profiles;

  private ServiceProfiles(List<ServiceProfile> profiles) {
    Set<String> seen = new HashSet<>();
    for (ServiceProfile p : profiles) {
      if (!seen.add(p.id())) {
        throw new IllegalArgumentException("service profile id " + Echo.of(p.id()) + " is defined more than once");
      }
    }
    if (!seen.contains(ServiceProfile.GENERIC)) {
      throw new IllegalArgumentException("the service profiles have no " + Echo.of(ServiceProfile.GENERIC) + " profile");
    }
    this.profiles = List.copyOf(profiles);
  }

  /**
   * The profiles given, in order.
   *
   * @throws IllegalArgumentException when an id repeats or there is no {@code generic} profile
   */
  public static ServiceProfiles of(List<ServiceProfile> profiles) {
    return new ServiceProfiles(profiles);
  }

  /**
   * The built-in profiles (ChatGPT, GitHub, Discord, Claude, generic), read from the class path.
   *
   * @throws IllegalStateException when the resource is missing or broken (a broken build)
   */
  public static ServiceProfiles builtIn() {
    try (InputStream in = ServiceProfiles.class.getClassLoader().getResourceAsStream(BUILT_IN)) {
      if (in == null) {
        throw new IllegalStateException(BUILT_IN + " is missing from the class path (a broken build)");
      }
      YamlNode root = new YamlReader().read(in.readAllBytes(), BUILT_IN);
      return of(ServiceProfileYaml.profiles(root, "the built-in services"));
    } catch (YamlException e) {
      throw new IllegalStateException("the built-in service profiles are broken: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * These profiles with {@code overrides} laid over them: a profile with the id of one here replaces
   * it, a new id is added at the end (before nothing: order only matters for display).
   *
   * @throws IllegalArgumentException when an id repeats within {@code overrides}
   */
  public ServiceProfiles with(List<ServiceProfile> overrides) {
    Set<String> given = new HashSet<>();
    for (ServiceProfile p : overrides) {
      if (!given.add(p.id())) {
        throw new IllegalArgumentException("service profile id " + Echo.of(p.id()) + " is given more than once");
      }
    }
    List<ServiceProfile> merged = new ArrayList<>(profiles);
    for (ServiceProfile p : overrides) {
      int at = indexOf(merged, p.id());
      if (at >= 0) {
        merged.set(at, p);
      } else {
        merged.add(p);
      }
    }
    return new ServiceProfiles(merged);
  }

  /** Every profile, in order. */
  public List<ServiceProfile> all() {
    return profiles;
  }

  /** Every profile id, in order. */
  public List<String> ids() {
    return profiles.stream().map(ServiceProfile::id).toList();
  }

  /** The profile with this id. */
  public Optional<ServiceProfile> byId(String id) {
    return profiles.stream().filter(p -> p.id().equals(id)).findFirst();
  }

  /** The profile owning {@code host} (its hosts or their subdomains), else the generic one. */
  public ServiceProfile forHost(String host) {
    return profiles.stream().filter(p -> !p.id().equals(ServiceProfile.GENERIC) && p.owns(host)).findFirst()
        .orElseGet(this::generic);
  }

  /** The profile that stands for any URL. */
  public ServiceProfile generic() {
    return byId(ServiceProfile.GENERIC).orElseThrow();
  }

  private static int indexOf(List<ServiceProfile> list, String id) {
    for (int i = 0; i < list.size(); i++) {
      if (list.get(i).id().equals(id)) {
        return i;
      }
    }
    return -1;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ServiceProfiles other && other.profiles.equals(profiles);
  }

  @Override
  public int hashCode() {
    return profiles.hashCode();
  }

  @Override
  public String toString() {
    return "ServiceProfiles" + ids();
  }
}
