package org.gatewaydoctor.probes.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.gatewaydoctor.probes.rig.GeneratedSection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeneratedSectionTest {

  @TempDir
  Path dir;

  @AfterEach
  void stopUpdating() {
    System.clearProperty(GeneratedSection.UPDATE);
  }

  @Test
  void updatingAddsASectionThenReplacesOnlyItsOwnText() throws Exception {
    Path doc = dir.resolve("doc.md");
    Files.writeString(doc, "# Title\n\nHand-kept text.\n");
    System.setProperty(GeneratedSection.UPDATE, "true");
    GeneratedSection.check(doc, "a", "first A\n", "regenerate");
    GeneratedSection.check(doc, "b", "first B", "regenerate");
    GeneratedSection.check(doc, "a", "second A\n", "regenerate");

    assertThat(Files.readString(doc)).isEqualTo("""
        # Title

        Hand-kept text.

        <!-- BEGIN GENERATED a -->
        second A
        <!-- END GENERATED a -->

        <!-- BEGIN GENERATED b -->
        first B
        <!-- END GENERATED b -->
        """);
  }

  @Test
  void aStaleSectionFailsAndAStableProjectionIgnoresMeasuredFigures() throws Exception {
    Path doc = dir.resolve("doc.md");
    Files.writeString(doc, "<!-- BEGIN GENERATED t -->\n| case | 1.23 s |\n<!-- END GENERATED t -->\n");

    GeneratedSection.check(doc, "t", "| case | 4.56 s |\n", "regenerate", s -> s.replaceAll("[0-9.]+ s", "N s"));
    assertThatThrownBy(() -> GeneratedSection.check(doc, "t", "| case | 4.56 s |\n", "regenerate with X"))
        .hasMessageContaining("stale").hasMessageContaining("regenerate with X");
    assertThatThrownBy(() -> GeneratedSection.check(doc, "missing", "x", "regenerate"))
        .hasMessageContaining("has no section missing");
  }
}
