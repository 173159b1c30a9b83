package org.gatewaydoctor.cli.diagnose;

import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;
import java.util.stream.Stream;
import org.gatewaydoctor.cli.lab.LabScenario;

/** {@code diagnose --lab list}: the lab's scenarios, so that people can discover them. */
final class LabListing {

  private LabListing() {}

  /** One line per scenario: its id, what it stages, and whose side a correct diagnosis names. */
  static String text() {
    StringBuilder out = new StringBuilder("Lab scenarios (gateway-doctor diagnose --lab SCENARIO); "
        + "the verdict a correct diagnosis gives, then what is staged:\n");
    for (LabScenario s : LabScenario.values()) {
      out.append(String.format(Locale.ROOT, "  %-23s %-13s %s%s%n", s.id(),
          s.expected().name().toLowerCase(Locale.ROOT).replace('_', '-'), s.description(),
          s == LabScenario.defaultScenario() ? " (the default)" : ""));
    }
    return out.toString();
  }

  /** What {@code --lab} takes, for shell completion: every scenario id, and {@code list}. */
  static final class Ids implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return Stream.concat(Arrays.stream(LabScenario.values()).map(LabScenario::id), Stream.of("list")).iterator();
    }
  }
}
