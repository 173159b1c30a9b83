package org.gatewaydoctor.api.rules;

import org.gatewaydoctor.facts.Echo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.gatewaydoctor.facts.service.ServiceProfiles;
import org.gatewaydoctor.rules.authoring.RuleCheck;
import org.gatewaydoctor.rules.catalog.CatalogLoader;

/**
 * Validates rule files sent as text ({@code POST /v1/rules/validate}): they are laid over the
 * built-in rule base exactly as a rule directory holding only them would be ({@code rules check}),
 * in a temporary directory that is removed afterwards: built, and checked for the mistakes a build
 * accepts ({@link RuleCheck#semantic}).
 */
public final class RuleValidation {

  /** A file name: no directory, no leading dot. */
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");

  private final ServiceProfiles services;

  /** @param services the service profiles in effect (a catalogue must know their gateways) */
  public RuleValidation(ServiceProfiles services) {
    this.services = services;
  }

  /**
   * Why {@code name} cannot be a rule file, or null when it can: a plain file name ending in
   * {@code .drl}, or one of the catalogue files.
   */
  public static String refusal(String name) {
    if (!NAME.matcher(name).matches()) {
      return "a file name must be plain (letters, digits, '.', '_', '-'; no directory), got " + Echo.of(name);
    }
    if (!name.endsWith(".drl") && !CatalogLoader.FILES.contains(name)) {
      return "expected a .drl file or a catalogue file (" + String.join(", ", CatalogLoader.FILES) + "), got \""
          + name + "\"";
    }
    return null;
  }

  /**
   * What a validation found.
   *
   * @param build the build of the files over the built-in rules, with its errors
   * @param checks the mistakes the build accepts (unknown ids, patterns that match everything,
   *     thresholds in the wrong unit, texts YAML cut, ...), located; empty when there are none
   */
  public record Result(RuleBuild build, List<RuleProblem> checks) {
    public Result {
      Objects.requireNonNull(build, "build");
      checks = List.copyOf(checks);
    }

    /** Whether the files build and no check found anything, as {@code rules check} exiting 0. */
    public boolean valid() {
      return build.ok() && checks.isEmpty();
    }
  }

  /** Builds and checks {@code files} (name to text, each name passing {@link #refusal}) over the built-in rules. */
  public Result validate(Map<String, String> files) throws IOException {
    Path dir = Files.createTempDirectory("gateway-doctor-validate-");
    try {
      for (Map.Entry<String, String> f : files.entrySet()) {
        if (refusal(f.getKey()) != null) {
          throw new IllegalArgumentException(refusal(f.getKey()));
        }
        Files.writeString(dir.resolve(f.getKey()), f.getValue());
      }
      RuleBuild build = RuleBuild.of(dir, services);
      return new Result(build, new RuleCheck().semantic(dir).stream().map(RuleProblem::of).toList());
    } finally {
      delete(dir);
    }
  }

  private static void delete(Path dir) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> {
        try {
          Files.deleteIfExists(p);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }
}
