package org.gatewaydoctor.rules.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.gatewaydoctor.rules.Diagnoser;
import org.gatewaydoctor.rules.authoring.Scenario;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Wording slips once seen in reports, checked on every scenario: a catalogue count of one ("All 1
 * requests"), the contact-support step cut at its " #" (read as a YAML comment), and a capitalised
 * word after "It's your network: ".
 */
class ReportWordingTest {

  /** "All 1 requests", "All 1 connection attempts": a plural catalogue text given a count of one. */
  private static final Pattern ALL_ONE = Pattern.compile("\\bAll 1\\b");
  private static final String NETWORK = "It's your network: ";
  /** The end of the contact-support step; a cut at " #" would end it at "an Akamai Reference". */
  private static final String REFERENCE_STEP = "a Cloudflare Ray ID, an Akamai Reference #, an incident ID), include it.";

  private static Diagnoser diagnoser;

  @BeforeAll
  static void loadRuleBase() throws Exception {
    diagnoser = Diagnoser.builtIn();
  }

  static Stream<Scenario> scenarios() {
    return Scenarios.all().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  void noTextSaysAllOfOne(Scenario scenario) {
    assertThat(ReportTexts.of(diagnoser.diagnose(scenario.bundle()))).noneMatch(t -> ALL_ONE.matcher(t).find());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  void theNetworkHeadlineGoesOnInLowerCase(Scenario scenario) {
    String headline = diagnoser.diagnose(scenario.bundle()).verdict().summary();
    if (headline.startsWith(NETWORK)) {
      String rest = headline.substring(NETWORK.length());
      // A name or acronym may stay as it is ("DNS", "IPv6"), as Sentences.inside keeps it.
      boolean capitalisedWord = rest.length() > 1 && Character.isUpperCase(rest.charAt(0))
          && Character.isLowerCase(rest.charAt(1));
      assertThat(capitalisedWord).as(headline).isFalse();
    }
  }

  @Test
  void theContactSupportStepReachesTheReportWhole() {
    List<String> steps = Scenarios.all().stream()
        .flatMap(s -> diagnoser.diagnose(s.bundle()).solutions().stream())
        .filter(s -> s.id().equals("contact-support"))
        .flatMap(s -> s.steps().stream())
        .filter(step -> step.contains("Akamai Reference"))
        .toList();
    assertThat(steps).as("contact-support steps naming the Akamai reference").isNotEmpty()
        .allMatch(step -> step.endsWith(REFERENCE_STEP));
  }

  @Test
  void someScenarioHasTheNetworkHeadline() {
    assertThat(Scenarios.all()).anyMatch(s -> diagnoser.diagnose(s.bundle()).verdict().summary().startsWith(NETWORK));
  }
}
