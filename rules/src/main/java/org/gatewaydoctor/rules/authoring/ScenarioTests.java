package org.gatewaydoctor.rules.authoring;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.gatewaydoctor.rules.Diagnoser;

/**
 * {@code rules test}: runs scenario files (docs/scenarios.md, the format of the built-in suite)
 * against one rule base and says, per scenario, whether its diagnosis came out as it expects and
 * where not. Thread-safe when its diagnoser is (always).
 */
public final class ScenarioTests {

  /** The folder of a rule directory that holds its scenarios: {@value}. */
  public static final String SCENARIOS = "scenarios";

  /**
   * How one scenario came out.
   *
   * @param file the scenario file
   * @param id its id (the file name without {@code .yaml})
   * @param name its title, or null when the file could not be read
   * @param mismatches how its diagnosis differs from what it expects; empty when it passed
   * @param error why the file could not be used, or null
   */
  public record Outcome(Path file, String id, String name, List<Mismatch> mismatches, String error) {
    public Outcome {
      Objects.requireNonNull(file, "file");
      Objects.requireNonNull(id, "id");
      mismatches = List.copyOf(mismatches);
    }

    /** Whether the scenario was read and its diagnosis is as it expects. */
    public boolean passed() {
      return error == null && mismatches.isEmpty();
    }
  }

  private final Diagnoser diagnoser;
  private final ScenarioLoader loader = new ScenarioLoader();

  /** Runs scenarios against {@code diagnoser}'s rule base and catalogue. */
  public ScenarioTests(Diagnoser diagnoser) {
    this.diagnoser = Objects.requireNonNull(diagnoser, "diagnoser");
  }

  /**
   * The scenario files in {@code dir}'s {@value #SCENARIOS} folder, sorted; none when it has none.
   *
   * @throws IOException when the folder cannot be listed
   */
  public static List<Path> filesOf(Path dir) throws IOException {
    Path folder = dir.resolve(SCENARIOS);
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> list = Files.list(folder)) {
      return list.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(".yaml")).sorted().toList();
    }
  }

  /** How each of {@code files} comes out, in the order given. */
  public List<Outcome> run(List<Path> files) {
    List<Outcome> out = new ArrayList<>();
    ScenarioCheck check = new ScenarioCheck(diagnoser.catalog());
    for (Path file : files) {
      String id = file.getFileName().toString().replaceFirst("\\.yaml$", "");
      try {
        Scenario s = loader.load(file);
        out.add(new Outcome(file, s.id(), s.name(), check.mismatches(s, diagnoser.diagnose(s.bundle())), null));
      } catch (ScenarioException e) {
        out.add(new Outcome(file, id, null, List.of(), e.getMessage()));
      }
    }
    return out;
  }
}
