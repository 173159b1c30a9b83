package org.gatewaydoctor.facts.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.gatewaydoctor.facts.Json;
import org.gatewaydoctor.facts.bundle.BundleException;
import org.gatewaydoctor.facts.bundle.BundleReader;
import org.gatewaydoctor.facts.bundle.BundleWriter;
import org.gatewaydoctor.facts.bundle.FactBundle;
import org.junit.jupiter.api.Test;

/**
 * The full fixture (every optional field set somewhere, every list non-empty somewhere) survives
 * write, read and write again unchanged, to the byte.
 */
class FullBundleRoundTripTest {

  private final BundleReader reader = new BundleReader();
  private final BundleWriter writer = new BundleWriter();

  @Test
  void writingAndReadingBackGivesEqualRecords() throws BundleException {
    FactBundle original = reader.read(ExampleFilesTest.FULL_FIXTURE).bundle();

    FactBundle again = reader.read(utf8(writer.toJson(original)), "written").bundle();

    assertThat(again).isEqualTo(original);
  }

  @Test
  void writingTwiceGivesTheSameBytes() throws BundleException {
    String first = writer.toJson(reader.read(ExampleFilesTest.FULL_FIXTURE).bundle());

    String second = writer.toJson(reader.read(utf8(first), "written").bundle());

    assertThat(second).isEqualTo(first);
  }

  @Test
  void theFixtureSetsEveryFieldOfEveryRecordSomewhere() throws ReflectiveOperationException, BundleException {
    Set<String> set = new LinkedHashSet<>();
    collectSetFields(reader.read(ExampleFilesTest.FULL_FIXTURE).bundle(), set);

    List<String> all = new ArrayList<>();
    for (Class<?> type : RecordShapes.reachable(FactBundle.class)) {
      for (RecordComponent c : type.isRecord() ? type.getRecordComponents() : new RecordComponent[0]) {
        all.add(type.getSimpleName() + "." + c.getName());
      }
    }
    assertThat(set).containsAll(all);
  }

  @Test
  void derivedHelpersAreNotWritten() throws BundleException {
    JsonNode json = Json.newMapper().valueToTree(reader.read(ExampleFilesTest.FULL_FIXTURE).bundle());
    List<String> keys = new ArrayList<>();
    collectKeys(json, keys);

    assertThat(keys).isNotEmpty()
        .doesNotContain("answered", "bodyLower", "headerLower", "resolved", "ran", "leafIssuer", "topIssuer");
  }

  /** Records "Type.component" for every component that is non-null and, if a list, non-empty. */
  private static void collectSetFields(Object value, Set<String> out) throws ReflectiveOperationException {
    if (value instanceof Collection<?> items) {
      for (Object item : items) {
        collectSetFields(item, out);
      }
    } else if (value != null && value.getClass().isRecord()) {
      for (RecordComponent c : value.getClass().getRecordComponents()) {
        Object v = c.getAccessor().invoke(value);
        if (v != null && !(v instanceof Collection<?> items && items.isEmpty())) {
          out.add(value.getClass().getSimpleName() + "." + c.getName());
          collectSetFields(v, out);
        }
      }
    }
  }

  private static void collectKeys(JsonNode node, List<String> out) {
    node.fields().forEachRemaining(f -> {
      out.add(f.getKey());
      collectKeys(f.getValue(), out);
    });
    node.forEach(child -> collectKeys(child, out));
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
