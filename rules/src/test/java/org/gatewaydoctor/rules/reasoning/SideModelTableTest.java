package org.gatewaydoctor.rules.reasoning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.gatewaydoctor.facts.Environment;
import org.gatewaydoctor.facts.ProbeOutcome;
import org.gatewaydoctor.facts.ProbeStatus;
import org.gatewaydoctor.facts.Target;
import org.gatewaydoctor.facts.bundle.FactBundle;
import org.gatewaydoctor.facts.bundle.Observations;
import org.gatewaydoctor.facts.http.ExchangeSource;
import org.gatewaydoctor.facts.http.HttpExchange;
import org.gatewaydoctor.facts.http.HttpHeader;
import org.gatewaydoctor.facts.http.HttpTimings;
import org.gatewaydoctor.facts.report.CauseAssessment;
import org.gatewaydoctor.facts.report.CauseState;
import org.gatewaydoctor.facts.report.Diagnosis;
import org.gatewaydoctor.facts.report.Side;
import org.gatewaydoctor.rules.Diagnoser;
import org.gatewaydoctor.rules.catalog.CodeMeaning;
import org.gatewaydoctor.rules.catalog.FingerprintSignal;
import org.gatewaydoctor.rules.catalog.ProductDef;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * docs/reasoning.md §3 and §5 as a table, run through the real rule base: every product of the
 * catalogue, every status class it gives a meaning to (its codes, and each of its signs that carries
 * a meaning of its own), one sample and three, seen by this tool's probe and by the user's browser
 * (a HAR). Each response carries the product's own sign as the catalogue's example shows it. The
 * side must follow from the product's place on the path and what its status means there; one
 * sample must give a verdict with its cause likely, never confirmed; three agreeing samples confirm.
 * A request refused for its size (fault "client") carried a large Cookie header, as the HAR shows it.
 */
class SideModelTableTest {

  private static Diagnoser diagnoser;

  @BeforeAll
  static void loadRuleBase() throws Exception {
    diagnoser = Diagnoser.builtIn();
  }

  /** One row: a product, a response it writes, how many samples, seen from where. */
  record Row(ProductDef product, int status, FingerprintSignal sign, String fault, int samples, ExchangeSource source) {
    @Override
    public String toString() {
      return product.id() + " " + status + " (" + fault + ") x" + samples + " " + source + " via " + sign.describe();
    }
  }

  static Stream<Row> rows() throws Exception {
    Diagnoser d = Diagnoser.builtIn();
    List<Row> rows = new ArrayList<>();
    for (ProductDef p : d.catalog().products()) {
      if (p.id().equals("unknown") || p.role().equals("captive-portal")) {
        continue;
      }
      FingerprintSignal own = ownSign(p);
      if (own == null) {
        continue; // a product whose signs are all shared (or only pass-through) cannot be named alone
      }
      for (Map.Entry<Integer, CodeMeaning> code : p.codes().entrySet()) {
        if (code.getKey() >= 400 && fault(code.getValue().fault()) != null) {
          addRows(rows, p, code.getKey(), own, code.getValue().fault());
        }
      }
      for (FingerprintSignal s : p.signals()) {
        if (s.means() != null && s.unique() && fault(s.means().fault()) != null) {
          addRows(rows, p, statusFor(s.means().fault(), p), s, s.means().fault());
        }
      }
    }
    return rows.stream();
  }

  private static void addRows(List<Row> rows, ProductDef p, int status, FingerprintSignal sign, String fault) {
    for (int samples : new int[] {1, 3}) {
      for (ExchangeSource source : ExchangeSource.values()) {
        if (status == 401 && source == ExchangeSource.PROBE) {
          continue; // this tool signs in nowhere: a 401 to it says the page needs a sign-in, nothing of the user
        }
        rows.add(new Row(p, status, sign, fault, samples, source));
      }
    }
  }

  /** The product's strongest sign of its own that carries no meaning of its own, else its strongest any. */
  private static FingerprintSignal ownSign(ProductDef p) {
    Comparator<FingerprintSignal> strongest = Comparator.comparingDouble(FingerprintSignal::weight).reversed();
    return p.signals().stream().filter(s -> s.generated() && s.unique() && s.means() == null).min(strongest)
        .orElseGet(() -> p.signsOwnErrors() ? null
            : p.signals().stream().filter(s -> !s.where().equals("redirect")).min(strongest).orElse(null));
  }

  /** The side a fault at the product's position means (docs/reasoning.md §3), or null for faults the table leaves out. */
  private static String fault(String fault) {
    return switch (fault) {
      case "origin", "edge", "upstream", "rate-limit", "policy", "client", "challenge", "destination" -> fault;
      default -> null;
    };
  }

  private static int statusFor(String fault, ProductDef p) {
    return switch (fault) {
      case "policy", "challenge" -> 403;
      case "rate-limit" -> 429;
      case "client" -> 400;
      default -> p.id().equals("cloudflare") ? 521 : 502;
    };
  }

  static Side expectedSide(Row row) {
    if (row.product().operator().equals("user-network")) {
      return Side.YOUR_NETWORK;
    }
    return switch (row.fault()) {
      case "policy" -> Side.YOUR_NETWORK;
      case "client" -> Side.YOUR_DEVICE;
      case "challenge" -> row.source() == ExchangeSource.HAR ? Side.YOUR_DEVICE : Side.NONE;
      default -> Side.SERVICE;
    };
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void theSideFollowsFromThePositionAndTheCertaintyFromTheSamples(Row row) {
    Diagnosis d = diagnoser.diagnose(bundle(row));
    Side expected = expectedSide(row);
    assertThat(d.verdict().side()).as("verdict \"%s\"", d.verdict().summary()).isEqualTo(expected);
    assertThat(d.gateway()).isNotNull();
    assertThat(d.gateway().product()).isEqualTo(row.product().id());
    if (expected == Side.NONE) {
      return;
    }
    String side = switch (expected) {
      case SERVICE -> "service";
      case YOUR_NETWORK -> "network";
      default -> "device";
    };
    CauseAssessment top = d.causes().stream().filter(c -> c.side().equals(side)).findFirst().orElseThrow();
    if (row.samples() == 1) {
      assertThat(d.causes()).as("one sample confirms nothing")
          .noneMatch(c -> c.state() == CauseState.CONFIRMED);
      assertThat(top.state()).as(top.id()).isEqualTo(CauseState.LIKELY);
    } else {
      assertThat(top.state()).as(top.id()).isEqualTo(CauseState.CONFIRMED);
    }
  }

  private static FactBundle bundle(Row row) {
    List<HttpExchange> http = new ArrayList<>();
    for (int i = 1; i <= row.samples(); i++) {
      http.add(exchange(row, i));
    }
    List<ProbeOutcome> probes = List.of(new ProbeOutcome("http", ProbeStatus.OK, null, 300));
    return FactBundle.of("2026-11-26T10:00:00Z", "test", new Target("https://site.example/", "generic", "site.example"),
        new Environment("linux", null, null, null), Observations.builder().http(http).build(), probes);
  }

  private static HttpExchange exchange(Row row, int sample) {
    FingerprintSignal s = row.sign();
    List<HttpHeader> headers = new ArrayList<>();
    headers.add(new HttpHeader("Content-Type", "text/html"));
    String body = "<html><body>error</body></html>";
    switch (s.where()) {
      case "header" -> headers.add(new HttpHeader(s.header(), s.example()));
      case "header-present" -> headers.add(new HttpHeader(s.header(), "1"));
      default -> body = s.example();
    }
    return new HttpExchange(sample, row.source(), "GET", "https://site.example/", row.status(), "h2", "203.0.113.9:443",
        null, new HttpTimings(10.0, 10.0, 10.0, 100.0, 120.0), headers, 900,
        row.fault().equals("client") ? 20_000 : 120, List.of(), body, (long) body.length(), false, null, null,
        "2026-11-26T10:00:0" + sample + "Z", row.source() == ExchangeSource.HAR ? "document" : null);
  }
}
