package org.gatewaydoctor.probes.rig;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;

/**
 * One generated section of a hand-kept Markdown document, between {@code <!-- BEGIN GENERATED name -->}
 * and {@code <!-- END GENERATED name -->}: several tests (in several modules) write their own part of
 * one document, such as docs/reliability.md, without overwriting each other's. Stale means failing:
 * the test compares; with {@code -Dgatewaydoctor.docs.update=true} it writes instead.
 */
public final class GeneratedSection {

  /** The system property that makes {@link #check} write the section instead of comparing it. */
  public static final String UPDATE = "gatewaydoctor.docs.update";

  private GeneratedSection() {}

  /** Checks (or, when updating, writes) section {@code name} of {@code doc} against {@code content}. */
  public static void check(Path doc, String name, String content, String regenerate) {
    check(doc, name, content, regenerate, UnaryOperator.identity());
  }

  /**
   * Like {@link #check(Path, String, String, String)}, comparing only what {@code stable} keeps of
   * both texts: measured figures (times, memory) differ from run to run, the cases and outcomes
   * must not.
   */
  public static void check(Path doc, String name, String content, String regenerate, UnaryOperator<String> stable) {
    String begin = "<!-- BEGIN GENERATED " + name + " -->\n";
    String end = "<!-- END GENERATED " + name + " -->";
    String body = content.endsWith("\n") ? content : content + "\n";
    String text = read(doc);
    int from = text.indexOf(begin);
    int to = text.indexOf(end);
    if (Boolean.getBoolean(UPDATE)) {
      String updated = from < 0 || to < from
          ? text + (text.isEmpty() || text.endsWith("\n\n") ? "" : text.endsWith("\n") ? "\n" : "\n\n")
              + begin + body + end + "\n"
          : text.substring(0, from + begin.length()) + body + text.substring(to);
      write(doc, updated);
      return;
    }
    assertThat(from).as("%s has no section %s; %s", doc, name, regenerate).isNotNegative();
    assertThat(to).as("%s has no end of section %s; %s", doc, name, regenerate).isGreaterThan(from);
    String current = text.substring(from + begin.length(), to);
    assertThat(stable.apply(current)).as("section %s of %s is stale; %s", name, doc, regenerate)
        .isEqualTo(stable.apply(body));
  }

  private static String read(Path doc) {
    try {
      return Files.exists(doc) ? Files.readString(doc, StandardCharsets.UTF_8) : "";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void write(Path doc, String text) {
    try {
      Files.writeString(doc, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
