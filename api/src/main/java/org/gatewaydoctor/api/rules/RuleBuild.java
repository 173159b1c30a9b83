package org.gatewaydoctor.api.rules;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.gatewaydoctor.facts.service.ServiceProfiles;
import org.gatewaydoctor.rules.Diagnoser;
import org.gatewaydoctor.rules.catalog.CatalogException;
import org.gatewaydoctor.rules.engine.RuleBaseException;

/**
 * One build of a rule base: the built-in one, or a rule directory laid over it, with the service
 * profiles in effect; the diagnoser, or every problem located.
 *
 * @param diagnoser the diagnoser built, or null when the build failed
 * @param problems what failed, in file and line order; empty on success
 */
public record RuleBuild(Diagnoser diagnoser, List<RuleProblem> problems) {

  public RuleBuild {
    problems = List.copyOf(problems);
  }

  /** Whether the build succeeded. */
  public boolean ok() {
    return diagnoser != null;
  }

  /**
   * Builds the rule base of {@code dir} (null: the built-in one) with {@code services}. Never throws
   * for what the files hold; a rule that does not compile or a catalogue entry that is invalid is a
   * problem of the result.
   */
  public static RuleBuild of(Path dir, ServiceProfiles services) {
    String shown = dir == null ? null : dir.toString();
    try {
      Diagnoser built = dir == null ? Diagnoser.builtIn() : Diagnoser.fromDirectory(dir);
      return new RuleBuild(built.withServices(services), List.of());
    } catch (RuleBaseException e) {
      return new RuleBuild(null, e.messages().isEmpty() ? List.of(RuleProblem.of(e.getMessage(), shown))
          : e.messages().stream().map(RuleProblem::of).toList());
    } catch (CatalogException e) {
      return new RuleBuild(null, List.of(RuleProblem.of(e.getMessage(), shown)));
    } catch (IOException e) {
      return new RuleBuild(null, List.of(new RuleProblem("(rule directory)", 0, 0,
          "cannot read the rule directory: " + e.getMessage())));
    }
  }
}
