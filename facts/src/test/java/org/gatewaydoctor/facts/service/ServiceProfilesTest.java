package org.gatewaydoctor.facts.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.gatewaydoctor.facts.yaml.YamlException;
import org.gatewaydoctor.facts.yaml.YamlReader;
import org.junit.jupiter.api.Test;

class ServiceProfilesTest {

  private static List<ServiceProfile> read(String yaml) throws YamlException {
    return ServiceProfileYaml.profiles(new YamlReader().read(yaml.getBytes(StandardCharsets.UTF_8), "c.yaml"),
        "services");
  }

  @Test
  void builtInProfilesIncludeChatGptAndGeneric() {
    ServiceProfiles builtIn = ServiceProfiles.builtIn();
    assertThat(builtIn.ids()).containsExactly("chatgpt", "github", "discord", "claude", "generic");
    ServiceProfile chatgpt = builtIn.byId("chatgpt").orElseThrow();
    assertThat(chatgpt.statusPageFormat()).isEqualTo(StatusPageFormat.INCIDENT_IO);
    assertThat(builtIn.forHost("chat.openai.com").id()).isEqualTo("chatgpt");
    assertThat(builtIn.forHost("example.org").id()).isEqualTo("generic");
  }

  @Test
  void aConfiguredProfileReplacesABuiltInOneByIdAndANewIdIsAdded() throws YamlException {
    ServiceProfiles effective = ServiceProfiles.builtIn().with(read("""
        - id: github
          name: GitHub Enterprise
          url: "https://github.corp.example/"
        - id: intranet-wiki
          url: "https://wiki.corp.example/"
          statusPage: "https://status.corp.example/api/v2/summary.json"
          statusPageFormat: statuspage-v2
        """));
    assertThat(effective.ids()).containsExactly("chatgpt", "github", "discord", "claude", "generic", "intranet-wiki");
    assertThat(effective.byId("github").orElseThrow().hosts()).containsExactly("github.corp.example");
    ServiceProfile wiki = effective.forHost("wiki.corp.example");
    assertThat(wiki.id()).isEqualTo("intranet-wiki");
    assertThat(wiki.name()).isEqualTo("intranet-wiki");
    assertThat(wiki.statusPageFormat()).isEqualTo(StatusPageFormat.STATUSPAGE_V2);
  }

  @Test
  void aProblemIsReportedAtItsLineAndColumn() {
    assertThatThrownBy(() -> read("""
        - id: wiki
          url: "ftp://wiki.corp.example/"
        """)).isInstanceOf(YamlException.class)
        .hasMessage("c.yaml:2:8: service wiki: url must be an http(s) URL such as https://status.example.com/, "
            + "got \"ftp://wiki.corp.example/\"");
    assertThatThrownBy(() -> read("""
        - id: wiki
          statusPageFormat: rss
          statusPage: "https://status.corp.example/feed"
        """)).hasMessageStartingWith("c.yaml:2:21: unknown status page format \"rss\"");
    assertThatThrownBy(() -> read("""
        - id: wiki
          hostz: [wiki.corp.example]
        """)).hasMessageStartingWith("c.yaml:2:3: unknown key \"hostz\" in a service profile; expected one of id,");
    assertThatThrownBy(() -> read("- name: Wiki\n")).hasMessage("c.yaml:1:3: a service profile needs an id");
  }

  @Test
  void anIdGivenTwiceIsRefused() {
    ServiceProfile a = new ServiceProfile("a", "A", null, List.of(), null, null, null, null, null, null, null);
    assertThatThrownBy(() -> ServiceProfiles.builtIn().with(List.of(a, a)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("\"a\" is given more than once");
  }
}
