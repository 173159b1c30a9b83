package org.gatewaydoctor.cli.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The library surface, as a test: which packages of each module are its API (exported), what public
 * types they hold (the list in {@value #SNAPSHOT}, so that widening the surface is a reviewed change),
 * that the front ends use nothing else, and that test-only tooling is not in the runtime jars. Every
 * other package is internal: public only because Java needs it across packages, with no promise of
 * compatibility. Run with {@code -Dgatewaydoctor.api.update=true} to rewrite the list.
 */
class PublicApiTest {

  static final String SNAPSHOT = "src/test/resources/architecture/public-api.txt";

  /** The exported packages per module (jar, by its Automatic-Module-Name). */
  static final Map<String, List<String>> EXPORTED = exported();

  private static Map<String, List<String>> exported() {
    Map<String, List<String>> m = new LinkedHashMap<>();
    m.put("org.gatewaydoctor.facts", List.of("org.gatewaydoctor.facts", "org.gatewaydoctor.facts.browser",
        "org.gatewaydoctor.facts.bundle", "org.gatewaydoctor.facts.connectivity", "org.gatewaydoctor.facts.dns",
        "org.gatewaydoctor.facts.http", "org.gatewaydoctor.facts.network", "org.gatewaydoctor.facts.report",
        "org.gatewaydoctor.facts.service", "org.gatewaydoctor.facts.statuspage", "org.gatewaydoctor.facts.yaml"));
    m.put("org.gatewaydoctor.probes", List.of("org.gatewaydoctor.probes", "org.gatewaydoctor.probes.check",
        "org.gatewaydoctor.probes.config", "org.gatewaydoctor.probes.egress", "org.gatewaydoctor.probes.har",
        "org.gatewaydoctor.probes.runner"));
    m.put("org.gatewaydoctor.rules", List.of("org.gatewaydoctor.rules", "org.gatewaydoctor.rules.authoring",
        "org.gatewaydoctor.rules.catalog", "org.gatewaydoctor.rules.engine"));
    m.put("org.gatewaydoctor.report", List.of("org.gatewaydoctor.report"));
    return m;
  }

  private static JavaClasses production;

  @BeforeAll
  static void importProductionClasses() {
    production = new ClassFileImporter()
        // Our modules' classes are directories in a module build and jars after 'package'; either way
        // leave out test classes, including the probes' rig test-jar.
        .withImportOption(location -> !location.contains("/test-classes/") && !location.contains("-tests.jar"))
        .importPackages("org.gatewaydoctor");
  }

  @Test
  void theFrontEndsUseOnlyExportedPackagesOfTheLibraries() {
    String[] exported = EXPORTED.values().stream().flatMap(List::stream).toArray(String[]::new);
    noClasses().that().resideInAnyPackage("org.gatewaydoctor.cli..", "org.gatewaydoctor.api..")
        .should().dependOnClassesThat(com.tngtech.archunit.base.DescribedPredicate.describe(
            "are in an internal package of facts, probes, rules or report",
            (JavaClass c) -> c.getPackageName().matches("org\\.gatewaydoctor\\.(facts|probes|rules|report)(\\..*)?")
                && !List.of(exported).contains(c.getPackageName())))
        .check(production);
  }

  @Test
  void theExportedPublicTypesAreTheListedOnes() throws IOException {
    String listed = render();
    Path snapshot = Path.of(SNAPSHOT);
    if (Boolean.getBoolean("gatewaydoctor.api.update")) {
      Files.writeString(snapshot, listed);
    }
    assertThat(snapshot).as("rewrite it with -Dgatewaydoctor.api.update=true").exists();
    assertThat(listed).as("the public API changed; review it, then rewrite %s with -Dgatewaydoctor.api.update=true",
        SNAPSHOT).isEqualTo(Files.readString(snapshot));
  }

  @Test
  void testOnlyToolingIsNotInTheRuntimeClasses() {
    assertThat(production.stream().map(JavaClass::getPackageName))
        .noneMatch(p -> p.startsWith("org.gatewaydoctor.rules.scenario") || p.startsWith("org.gatewaydoctor.rules.docs")
            || p.startsWith("org.gatewaydoctor.probes.rig"));
  }

  /** Module by module, package by package, the public top-level types of the exported packages. */
  private static String render() {
    StringBuilder out = new StringBuilder("# The public API of gateway-doctor's libraries (PublicApiTest).\n"
        + "# Exported packages per module (Automatic-Module-Name), with their public top-level types.\n"
        + "# Every other package is internal.\n");
    EXPORTED.forEach((module, packages) -> {
      out.append('\n').append(module).append('\n');
      for (String pkg : packages) {
        TreeSet<String> types = new TreeSet<>();
        production.stream().filter(c -> c.getPackageName().equals(pkg) && c.isTopLevelClass()
            && c.getModifiers().contains(JavaModifier.PUBLIC)).forEach(c -> types.add(c.getSimpleName()));
        List<String> names = new ArrayList<>(types);
        out.append("  ").append(pkg).append(": ").append(String.join(", ", names)).append('\n');
      }
    });
    return out.toString();
  }
}
