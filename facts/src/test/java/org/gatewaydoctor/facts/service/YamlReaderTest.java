package org.gatewaydoctor.facts.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.gatewaydoctor.facts.yaml.YamlException;
import org.gatewaydoctor.facts.yaml.YamlNode;
import org.gatewaydoctor.facts.yaml.YamlReader;
import org.junit.jupiter.api.Test;

class YamlReaderTest {

  private static YamlNode read(String yaml) throws YamlException {
    return new YamlReader().read(yaml.getBytes(StandardCharsets.UTF_8), "f.yaml");
  }

  @Test
  void everyValueKnowsItsLineAndColumn() throws YamlException {
    YamlNode root = read("deadline: 8s\nresolvers:\n  system: [\"127.0.0.1:53\"]\nthroughput: null\n");
    assertThat(root.get("deadline").orElseThrow().text()).isEqualTo("8s");
    YamlNode system = root.get("resolvers").orElseThrow().get("system").orElseThrow();
    assertThat(system.items().get(0).line()).isEqualTo(3);
    assertThat(system.items().get(0).column()).isEqualTo(12);
    assertThat(root.get("throughput").orElseThrow().isNull()).isTrue();
    assertThat(root.fields().get("throughput").line()).isEqualTo(4);
  }

  @Test
  void malformedYamlAndDuplicateKeysAreLocated() {
    assertThatThrownBy(() -> read("a: [1, 2\nb: 3\n")).isInstanceOf(YamlException.class)
        .hasMessageStartingWith("f.yaml:2:").hasMessageContaining("malformed YAML");
    assertThatThrownBy(() -> read("a: 1\na: 2\n")).hasMessage(
        "f.yaml:2:1: duplicate key \"a\" (first at line 1); give each key once");
  }

  @Test
  void anEmptyDocumentIsNull() throws YamlException {
    assertThat(read("").isNull()).isTrue();
    assertThat(read("# only a comment\n").isNull()).isTrue();
  }
}
