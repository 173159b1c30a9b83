package org.gatewaydoctor.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.gatewaydoctor.facts.report.Diagnosis;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The contact-support step of catalog/solutions.yaml reaches every report format whole: once it was
 * cut at " #" ("an Akamai Reference"), where a YAML comment would start.
 */
class ContactSupportStepTest {

  private static final String STEP_END = "Akamai Reference #, an incident ID), include it.";

  @Test
  void theExampleReportCarriesTheWholeStep() throws Exception {
    Diagnosis d = SampleDiagnoses.example();

    assertThat(d.solutions()).filteredOn(s -> s.id().equals("contact-support")).singleElement()
        .satisfies(s -> assertThat(s.steps()).anyMatch(step -> step.endsWith(STEP_END)));
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Format.class)
  void everyFormatShowsTheWholeStep(Format format) throws Exception {
    String report = new Reports().render(format, SampleDiagnoses.example(), false);

    assertThat(report.replace("\\#", "#").replace("&#35;", "#")).contains(STEP_END);
  }
}
