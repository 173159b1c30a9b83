package org.gatewaydoctor.facts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Issue 16, defect 2: a value echoed in a message can neither drive the terminal nor flood it. */
class EchoTest {

  @Test
  void quotesAndEscapesControlCharacters() {
    assertThat(Echo.of("a\u001b]0;pwned\u0007b\r\nFAKE: ok\t\"q\"\\"))
        .isEqualTo("\"a\\u001b]0;pwned\\u0007b\\r\\nFAKE: ok\\t\\\"q\\\"\\\\\"");
  }

  @Test
  void escapesC1ControlsAndBidirectionalOverrides() {
    assertThat(Echo.of("x\u009b31m\u202Eevil\u2066")).isEqualTo("\"x\\u009b31m\\u202eevil\\u2066\"");
  }

  @Test
  void capsLongValuesAndSaysHowMuchWasLeftOut() {
    String shown = Echo.of("y".repeat(28_000));
    assertThat(shown).isEqualTo("\"" + "y".repeat(Echo.MAX_CHARS) + "\" (cut; 27880 more characters)");
  }

  @Test
  void capsWhatIsShownNotWhatWasGivenWhenEverythingIsEscaped() {
    // Shrunk by CliArgumentProperties: 600 NULs were shown as a 3,600-character line.
    String shown = Echo.of("\u0000".repeat(28_000));
    assertThat(shown).isEqualTo("\"" + "\\u0000".repeat(Echo.MAX_CHARS / 6) + "\" (cut; 27980 more characters)");
    assertThat(Echo.line("\u0000x".repeat(5_000)).length()).isLessThanOrEqualTo(Echo.MAX_LINE_CHARS + 15);
  }

  @Test
  void aLongLineIsCutInTheMiddleSoItStillSaysWhatWasWrong() {
    // Shrunk by CliArgumentProperties: --facts with a 10 kB name lost "no such file" to the cut.
    String line = Echo.line("-x".repeat(5_000) + ": no such file; expected a fact bundle (JSON) there");

    assertThat(line).startsWith("-x-x-x").contains(" ... (cut) ... ")
        .endsWith("-x-x: no such file; expected a fact bundle (JSON) there");
    assertThat(line.length()).isLessThanOrEqualTo(Echo.MAX_LINE_CHARS + 15);
  }

  @Test
  void aUrlLosesItsPasswordBeforeItIsShown() {
    assertThat(Echo.url("https://user:SuperSecret123@example.com/?key=AKIAIOSFODNN7EXAMPLE"))
        .isEqualTo("\"https://example.com/?key=[redacted]\"");
  }

  @Test
  void nothingIsShownAsNone() {
    assertThat(Echo.of(null)).isEqualTo("(none)");
  }
}
