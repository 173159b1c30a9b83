package org.gatewaydoctor.rules.docs;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.gatewaydoctor.rules.authoring.Expectations;
import org.gatewaydoctor.rules.authoring.Scenario;

/**
 * Which scenarios show a cause or a solution, read from what their expectations demand (never from
 * what a diagnosis happens to print): a scenario shows a cause when it expects the cause on top or at
 * least likely, and shows a solution when it expects it first or among the advice.
 */
final class ScenarioReach {

  /** Expected states that mean the diagnosis concludes the cause. */
  private static final Set<String> CONCLUDED = Set.of("likely", "confirmed");

  private final List<Scenario> scenarios;

  ScenarioReach(List<Scenario> scenarios) {
    this.scenarios = List.copyOf(scenarios);
  }

  /** Ids of the scenarios whose expectations conclude cause {@code id}, sorted. */
  List<String> showingCause(String id) {
    return scenarios.stream().filter(s -> concludes(s.expect(), id)).map(Scenario::id).sorted().toList();
  }

  /** Ids of the scenarios whose expectations advise solution {@code id}, sorted. */
  List<String> showingSolution(String id) {
    return scenarios.stream().filter(s -> advises(s.expect().solutions(), id)).map(Scenario::id).sorted().toList();
  }

  private static boolean concludes(Expectations e, String id) {
    return id.equals(e.topCause()) || concluded(e.atLeast(), id) || concluded(e.states(), id);
  }

  private static boolean concluded(Map<String, String> states, String id) {
    String state = states.get(id);
    return state != null && CONCLUDED.contains(state);
  }

  private static boolean advises(Expectations.SolutionExpectations s, String id) {
    return Objects.equals(s.first(), id) || s.include().contains(id);
  }
}
