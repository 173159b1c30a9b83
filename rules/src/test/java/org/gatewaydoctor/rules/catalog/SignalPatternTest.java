package org.gatewaydoctor.rules.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.gatewaydoctor.facts.http.HttpExchange;
import org.gatewaydoctor.facts.http.HttpHeader;
import org.gatewaydoctor.rules.Diagnoser;
import org.gatewaydoctor.rules.authoring.Scenario;
import org.gatewaydoctor.rules.authoring.ScenarioLoader;
import org.junit.jupiter.api.Test;

/** The quick text check before a fingerprint's regular expression never changes its answer. */
class SignalPatternTest {

  private static final List<String> CATALOG_PATTERNS = catalogPatterns();

  @Test
  void readsTheTextEveryMatchMustContain() {
    assertThat(SignalPattern.requiredPieces("guru meditation")).containsExactly("guru meditation");
    assertThat(SignalPattern.requiredPieces("config_nocache|TCP_MISS")).containsExactly("config_nocache", "tcp_miss");
    assertThat(SignalPattern.requiredPieces("(function_invocation_failed|deployment_not_found)"))
        .containsExactly("function_invocation_failed", "deployment_not_found");
    assertThat(SignalPattern.requiredPieces("(cf-error-code\">\\s*|error code:?\\s*)1015\\b")).containsExactly("1015");
    assertThat(SignalPattern.requiredPieces("cf-error-code\">\\s*1015\\b|Error Code:?\\s*1015\\b"))
        .containsExactly("cf-error-code\">", "error code");
    assertThat(SignalPattern.requiredPieces("(?s)id=\"cf-wrapper\".*(a|b)50[24]")).containsExactly("id=\"cf-wrapper\"");
    assertThat(SignalPattern.requiredPieces("error \\d{3} \\(server error\\)!!1")).containsExactly(" (server error)!!1");
    assertThat(SignalPattern.requiredPieces("^\\s*bad gateway\\s*$")).containsExactly("bad gateway");
    assertThat(SignalPattern.requiredPieces("<center>nginx(/[0-9.]+)?</center>")).containsExactly("<center>nginx");
    // An optional or repeatable character is not required text; a '+' one is, once.
    assertThat(SignalPattern.requiredPieces("errors? here!")).containsExactly(" here!");
    assertThat(SignalPattern.requiredPieces("abcd*ef")).containsExactly("abc");
    assertThat(SignalPattern.requiredPieces("abcd+ef")).containsExactly("abcd");
    // Too little plain text, or forms this reading leaves alone: no check, the expression decides.
    assertThat(SignalPattern.requiredPieces("10(0[6-9]|1[0-2])")).isNull();
    assertThat(SignalPattern.requiredPieces("abc|x")).isNull();
    assertThat(SignalPattern.requiredPieces("\\Qa.b\\E")).isNull();
  }

  @Test
  void readsTheTextEveryMatchStartsWith() {
    assertThat(new SignalPattern("(?s)id=\"cf-wrapper\".*50[24]").starts()).containsExactly("id=\"cf-wrapper\"");
    assertThat(new SignalPattern("error \\d{3} \\(server error\\)!!1").starts()).containsExactly("error ");
    assertThat(new SignalPattern("a\\.bc+d|xyz\\s").starts()).containsExactly("a.bc", "xyz");
    assertThat(new SignalPattern("^cloudflare").starts()).isNull();
    assertThat(new SignalPattern("(cf|error code)1015").starts()).isNull();
    assertThat(new SignalPattern("ab?cdef").starts()).isNull();
  }

  @Test
  void triesTheExpressionWhereverAPieceStarts() {
    SignalPattern p = new SignalPattern("cf-error-code\">\\s*10(0[6-9]|1[0-2]|20)\\b|error code:?\\s*10(0[6-9]|1[0-2]|20)\\b");
    assertThat(p.foundIn("Error code 521 ... ERROR CODE: 1020 ...")).isTrue();
    assertThat(p.foundIn("error code 1020x error code 10")).isFalse();
    assertThat(p.foundIn("<span class=\"cf-error-code\">1006</span>")).isTrue();
    SignalPattern anchored = new SignalPattern("abc\\b");
    assertThat(anchored.foundIn("xabc")).isTrue();
    assertThat(anchored.foundIn("abcd abc")).isTrue();
    assertThat(anchored.foundIn("abcd")).isFalse();
    SignalPattern caret = new SignalPattern("abc^");
    assertThat(caret.foundIn("xabc")).isFalse();
  }

  @Test
  void nearlyEveryCatalogPatternHasAQuickCheck() {
    long checked = CATALOG_PATTERNS.stream().filter(p -> new SignalPattern(p).required() != null).count();
    assertThat(checked).isGreaterThanOrEqualTo(CATALOG_PATTERNS.size() - 3);
  }

  @Test
  void agreesWithTheRegularExpressionOnEveryScenarioResponse() throws Exception {
    List<String> texts = new ArrayList<>();
    for (Scenario s : new ScenarioLoader().loadAll(Path.of("src/test/resources/scenarios"))) {
      for (HttpExchange h : s.bundle().observations().http()) {
        if (h.bodyExcerpt() != null) {
          texts.add(h.bodyExcerpt());
          texts.add(h.bodyExcerpt().toUpperCase(Locale.ROOT));
        }
        h.headers().stream().map(HttpHeader::value).forEach(texts::add);
      }
    }
    assertThat(texts).hasSizeGreaterThan(100);
    for (String pattern : CATALOG_PATTERNS) {
      SignalPattern quick = new SignalPattern(pattern);
      Pattern regex = Pattern.compile(pattern, Pattern.CASE_INSENSITIVE);
      for (String t : texts) {
        assertThat(quick.foundIn(t)).as("%s in %s", pattern, t).isEqualTo(regex.matcher(t).find());
      }
    }
  }

  @Property(tries = 3000)
  void agreesWithTheRegularExpressionOnAnyMixOfItsOwnPieces(
      @ForAll("patterns") String pattern, @ForAll("texts") String text) {
    SignalPattern quick = new SignalPattern(pattern);
    assertThat(quick.foundIn(text)).isEqualTo(Pattern.compile(pattern, Pattern.CASE_INSENSITIVE).matcher(text).find());
  }

  @Provide
  Arbitrary<String> patterns() {
    return Arbitraries.of(CATALOG_PATTERNS);
  }

  /** Texts made of the catalogue's own words in any case, with spaces, digits and stray characters. */
  @Provide
  Arbitrary<String> texts() {
    List<String> words = new ArrayList<>();
    for (String p : CATALOG_PATTERNS) {
      List<String> pieces = SignalPattern.requiredPieces(p);
      if (pieces != null) {
        words.addAll(pieces);
      }
      for (String w : p.split("[\\\\()\\[\\]|?*+{}^$.]+")) {
        if (!w.isEmpty()) {
          words.add(w);
        }
      }
    }
    Arbitrary<String> word = Arbitraries.oneOf(
        Arbitraries.of(words),
        Arbitraries.of(words).map(w -> w.toUpperCase(Locale.ROOT)),
        Arbitraries.of(" ", "\n", "  ", "502", "504", "1015", "1020", "1.1 ", "/1.25.3", "\u212a", "\u0130", "K"),
        Arbitraries.strings().withChars("abcXYZ<>/\"':-_ 0123456789#.").ofMaxLength(4));
    return word.list().ofMaxSize(8).map(l -> String.join("", l));
  }

  private static List<String> catalogPatterns() {
    try {
      List<String> out = new ArrayList<>();
      for (ProductDef p : Diagnoser.builtIn().catalog().products()) {
        p.signals().stream().map(FingerprintSignal::pattern).filter(Objects::nonNull).forEach(out::add);
      }
      return List.copyOf(out);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
