package org.gatewaydoctor.rules.scenario;

import org.gatewaydoctor.rules.authoring.Scenario;
import org.gatewaydoctor.rules.authoring.ScenarioLoader;
import org.gatewaydoctor.rules.authoring.ScenarioException;
import java.nio.file.Path;
import java.util.List;

/** The scenario suite in {@code src/test/resources/scenarios}, loaded once per test JVM. */
final class Scenarios {

  /** Where the scenario files are, relative to the module (surefire runs in the module folder). */
  static final Path DIR = Path.of("src/test/resources/scenarios");

  private static final List<Scenario> ALL = load();

  private Scenarios() {}

  static List<Scenario> all() {
    return ALL;
  }

  private static List<Scenario> load() {
    try {
      return List.copyOf(new ScenarioLoader().loadAll(DIR));
    } catch (ScenarioException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }
}
