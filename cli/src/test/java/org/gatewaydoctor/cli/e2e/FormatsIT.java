package org.gatewaydoctor.cli.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Every output format from the real launcher, for the documented example bundle. */
@Timeout(600)
class FormatsIT {

  private static final String BUNDLE = Launcher.EXAMPLES.resolve("cloudflare-502-origin-down.bundle.json").toString();
  private static Launcher.Run json;
  private static String summary;

  @BeforeAll
  static void diagnoseAsJson() {
    json = Launcher.run("diagnose", "--facts", BUNDLE, "--format", "json");
    summary = json.json().at("/verdict/summary").asText();
    assertThat(summary).as(json.toString()).isNotBlank();
  }

  @Test
  void jsonIsTheReportContractAndTheSameBundleGivesTheSameBytes() throws Exception {
    assertThat(json.exitCode()).isEqualTo(3);
    Launcher.Run again = Launcher.run("diagnose", "--facts", BUNDLE, "--format", "json");
    assertThat(again.stdout()).isEqualTo(json.stdout());
    ObjectMapper mapper = new ObjectMapper();
    JsonNode schemaTree = mapper.readTree(Launcher.ROOT.resolve("docs/schema/report.schema.json").toFile());
    Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12, b -> b
        .schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build())
        .schemaLoader(loader -> loader.fetchRemoteResources(false))).getSchema(schemaTree);
    assertThat(schema.validate(json.json())).isEmpty();
  }

  @Test
  void textStartsWithTheVerdictAndHasNoColourWhenNotATerminal() {
    Launcher.Run text = Launcher.run("diagnose", "--facts", BUNDLE);
    assertThat(text.exitCode()).isEqualTo(3);
    assertThat(text.stdout()).startsWith(summary + "\n").contains("Causes").contains("What to do")
        .doesNotContain("\u001b");
    int first = text.stdout().indexOf(json.json().at("/solutions/0/title").asText());
    int second = text.stdout().indexOf(json.json().at("/solutions/1/title").asText());
    assertThat(first).isPositive().isLessThan(second);
  }

  @Test
  void markdownIsForPastingIntoATicket() {
    Launcher.Run md = Launcher.run("diagnose", "--facts", BUNDLE, "--format", "markdown");
    assertThat(md.exitCode()).isEqualTo(3);
    assertThat(md.stdout()).startsWith("## ").contains("### Causes").contains("### What to do")
        .contains("| check | found | took |");
  }

  @Test
  void htmlIsOneSelfContainedPage() {
    Launcher.Run html = Launcher.run("diagnose", "--facts", BUNDLE, "--format", "html");
    assertThat(html.exitCode()).isEqualTo(3);
    assertThat(html.stdout()).startsWith("<!DOCTYPE html>").contains("<h1 id=\"verdict\">")
        .contains("<svg class=\"waterfall\"").doesNotContain("<script").doesNotContain("src=").endsWith("</html>\n");
  }

  @Test
  void theBrowserTheUserNamesReachesTheReport() {
    Launcher.Run run = Launcher.run("diagnose", "--facts", BUNDLE, "--format", "json", "--browser", "Edge");
    assertThat(run.json().at("/environment/browser").asText()).isEqualTo("edge");
  }
}
