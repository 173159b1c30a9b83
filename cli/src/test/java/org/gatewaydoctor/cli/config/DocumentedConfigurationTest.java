package org.gatewaydoctor.cli.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gatewaydoctor.probes.config.Configuration;
import org.gatewaydoctor.probes.config.ConfigurationLoader;
import org.junit.jupiter.api.Test;

/** The configuration file docs/cli.md shows is one the loader accepts, and config show writes it back. */
class DocumentedConfigurationTest {

  @Test
  void theDocumentedFileLoadsAndItsShownFormReadsBackToTheSameValues() throws Exception {
    String doc = Files.readString(Path.of("../docs/cli.md"));
    Matcher m = Pattern.compile("```yaml\\n(.*?)```", Pattern.DOTALL)
        .matcher(doc.substring(doc.indexOf("## Configuration")));
    assertThat(m.find()).isTrue();
    ConfigurationLoader loader = new ConfigurationLoader(Map.of(), new Properties());
    Configuration documented = loader.read(m.group(1).getBytes(StandardCharsets.UTF_8), "cli.md", "--config");
    assertThat(documented.services().byId("intranet-wiki").orElseThrow().gateways()).containsExactly("nginx");
    assertThat(documented.checksAllow().allowsHost("x.corp.example")).isTrue();

    String shown = new ConfigurationYaml().render(documented, null);
    Configuration again = loader.read(shown.getBytes(StandardCharsets.UTF_8), "shown.yaml", "--config");
    assertThat(again.deadline()).isEqualTo(documented.deadline());
    assertThat(again.systemResolvers()).isEqualTo(documented.systemResolvers());
    assertThat(again.independentResolvers()).isEqualTo(documented.independentResolvers());
    assertThat(again.references()).isEqualTo(documented.references());
    assertThat(again.throughputUrl()).isEqualTo(documented.throughputUrl());
    assertThat(again.services()).isEqualTo(documented.services());
    assertThat(again.checksAllow()).isEqualTo(documented.checksAllow());
    assertThat(again.egressAllow()).isEqualTo(documented.egressAllow());
  }

  @Test
  void theDefaultsShownReadBackToTheDefaults() throws Exception {
    String shown = new ConfigurationYaml().render(Configuration.defaults(), null);
    Configuration again = new ConfigurationLoader(Map.of(), new Properties())
        .read(shown.getBytes(StandardCharsets.UTF_8), "shown.yaml", "--config");
    assertThat(again.references()).isEqualTo(Configuration.defaults().references());
    assertThat(again.systemResolvers()).isNull();
    assertThat(again.services()).isEqualTo(Configuration.defaults().services());
  }
}
