package org.gatewaydoctor.cli.architecture;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The module layering of DESIGN.md, as a test: facts depends on nothing of ours; probes and rules
 * never on each other; the report renderers only on facts, for both front ends; api never on cli. (The Maven module graph already forbids most of this; the
 * test also catches a dependency added to a POM by mistake.)
 */
class LayeringTest {

  private static JavaClasses production;

  @BeforeAll
  static void importProductionClasses() {
    production = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("org.gatewaydoctor");
  }

  /** The layering rule the build enforces. */
  static ArchRule layering() {
    return layeredArchitecture().consideringOnlyDependenciesInAnyPackage("org.gatewaydoctor..")
        .layer("facts").definedBy("org.gatewaydoctor.facts..")
        .layer("probes").definedBy("org.gatewaydoctor.probes..")
        .layer("rules").definedBy("org.gatewaydoctor.rules..")
        .layer("report").definedBy("org.gatewaydoctor.report..")
        .layer("api").definedBy("org.gatewaydoctor.api..")
        .layer("cli").definedBy("org.gatewaydoctor.cli..")
        .whereLayer("cli").mayNotBeAccessedByAnyLayer()
        .whereLayer("api").mayOnlyBeAccessedByLayers("cli")
        .whereLayer("probes").mayOnlyBeAccessedByLayers("api", "cli")
        .whereLayer("rules").mayOnlyBeAccessedByLayers("api", "cli")
        .whereLayer("report").mayOnlyBeAccessedByLayers("api", "cli")
        .whereLayer("facts").mayOnlyBeAccessedByLayers("probes", "rules", "report", "api", "cli")
        .withOptionalLayers(true);
  }

  @Test
  void everyModuleDependsOnlyOnTheModulesDesignAllows() {
    assertThat(production.size()).as("production classes found").isGreaterThan(50);
    layering().check(production);
  }

  @Test
  void factsDependsOnNothingOfOurs() {
    noClasses().that().resideInAPackage("org.gatewaydoctor.facts..")
        .should().dependOnClassesThat().resideInAnyPackage("org.gatewaydoctor.probes..", "org.gatewaydoctor.rules..",
            "org.gatewaydoctor.report..", "org.gatewaydoctor.api..", "org.gatewaydoctor.cli..")
        .check(production);
  }

  @Test
  void theReportRenderersDependOnlyOnTheFacts() {
    noClasses().that().resideInAPackage("org.gatewaydoctor.report..")
        .should().dependOnClassesThat().resideInAnyPackage("org.gatewaydoctor.probes..", "org.gatewaydoctor.rules..",
            "org.gatewaydoctor.api..", "org.gatewaydoctor.cli..")
        .check(production);
  }

  @Test
  void theRuleFailsForAClassThatBreaksTheLayering() {
    JavaClasses withViolation = new ClassFileImporter().importClasses(RulesReachingIntoProbes.class,
        org.gatewaydoctor.probes.Probe.class);
    assertThatThrownBy(() -> layeredArchitecture().consideringOnlyDependenciesInAnyPackage("org.gatewaydoctor..")
        .layer("probes").definedBy("org.gatewaydoctor.probes..")
        .layer("cli").definedBy("org.gatewaydoctor.cli..")
        .whereLayer("cli").mayNotBeAccessedByAnyLayer()
        .whereLayer("probes").mayNotBeAccessedByAnyLayer()
        .check(withViolation))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("RulesReachingIntoProbes");
  }

  /** A deliberate violation: something outside probes' allowed callers using a probe type. */
  static final class RulesReachingIntoProbes {
    org.gatewaydoctor.probes.Probe probe;
  }
}
