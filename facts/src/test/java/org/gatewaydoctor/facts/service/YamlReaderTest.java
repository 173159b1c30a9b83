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
  void utf16IsRefusedAsNotUtf8WithoutJavaNames() {
    // Windows PowerShell 5's "> file" and Notepad's "Unicode" write UTF-16 with a byte order mark.
    byte[] withMark = ("\uFEFFdeadline: 8s\n").getBytes(java.nio.charset.StandardCharsets.UTF_16LE);
    byte[] bigEndian = "deadline: 8s\n".getBytes(java.nio.charset.StandardCharsets.UTF_16BE);

    assertThatThrownBy(() -> new YamlReader().read(withMark, "f.yaml")).hasMessage(
        "f.yaml:1:1: not UTF-8 text (it is UTF-16, little-endian); expected a UTF-8 encoded file: save it again as UTF-8");
    assertThatThrownBy(() -> new YamlReader().read(bigEndian, "f.yaml")).hasMessageContaining(
        "not UTF-8 text (it is UTF-16, big-endian)").hasMessageNotContaining("Exception");
  }

  @Test
  void anEmptyDocumentIsNull() throws YamlException {
    assertThat(read("").isNull()).isTrue();
    assertThat(read("# only a comment\n").isNull()).isTrue();
  }
}
