package org.gatewaydoctor.rules.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.gatewaydoctor.facts.report.CauseAssessment;
import org.gatewaydoctor.facts.report.CauseState;
import org.gatewaydoctor.facts.report.Diagnosis;
import org.gatewaydoctor.facts.report.Finding;
import org.gatewaydoctor.facts.report.GatewayProduct;
import org.gatewaydoctor.facts.report.SolutionAdvice;
import org.gatewaydoctor.rules.catalog.Catalog;

/**
 * Compares a diagnosis with a scenario's expectations and lists every difference, one plain line
 * each, so that a rule author sees all that is wrong at once.
 */
public final class ScenarioCheck {

  private final Catalog catalog;

  /** A check that knows the cause and solution ids of {@code catalog} (to catch typos in expectations). */
  public ScenarioCheck(Catalog catalog) {
    this.catalog = Objects.requireNonNull(catalog, "catalog");
  }

  /** Every way {@code diagnosis} differs from what {@code scenario} expects; empty when it passes. */
  public List<String> failures(Scenario scenario, Diagnosis diagnosis) {
    Expectations e = scenario.expect();
    List<String> out = new ArrayList<>();
    if (e.verdict() != null && !diagnosis.verdict().side().name().equals(e.verdict())) {
      out.add("verdict is " + diagnosis.verdict().side() + " (\"" + diagnosis.verdict().summary() + "\"), expected "
          + e.verdict());
    }
    // The report lists causes most established first (a sub-cause before its parent in the same
    // state); the top cause is the first open one.
    Optional<CauseAssessment> top = diagnosis.causes().stream().filter(c -> open(c.state())).findFirst();
    if (e.topCause() != null) {
      knownCause(e.topCause(), out);
      if (top.isEmpty() || !top.get().id().equals(e.topCause())) {
        out.add("top cause is " + top.map(c -> c.id() + " (" + word(c.state()) + ", " + c.certainty() + ")").orElse("none")
            + ", expected " + e.topCause());
      }
    }
    if (e.topCauseAtLeast() != null && top.isPresent() && !atLeast(top.get().state(), state(e.topCauseAtLeast(), out))) {
      out.add("top cause " + top.get().id() + " is " + word(top.get().state()) + ", expected at least " + e.topCauseAtLeast());
    }
    e.atLeast().forEach((id, st) -> cause(diagnosis, id, out).ifPresent(c -> {
      if (!atLeast(c.state(), state(st, out))) {
        out.add(id + " is " + word(c.state()) + " (" + c.certainty() + "), expected at least " + st);
      }
    }));
    e.states().forEach((id, st) -> cause(diagnosis, id, out).ifPresent(c -> {
      if (c.state() != state(st, out)) {
        out.add(id + " is " + word(c.state()) + " (" + c.certainty() + "), expected " + st);
      }
    }));
    e.ruledOut().forEach(id -> cause(diagnosis, id, out).ifPresent(c -> {
      if (c.state() != CauseState.RULED_OUT) {
        out.add(id + " is " + word(c.state()) + " (" + c.certainty() + "), expected ruled-out");
      }
    }));
    if (e.nothingAbovePossible()) {
      diagnosis.causes().stream().filter(c -> c.state() == CauseState.CONFIRMED || c.state() == CauseState.LIKELY)
          .forEach(c -> out.add(c.id() + " is " + word(c.state()) + " (" + c.certainty() + "), expected nothing above possible"));
    }
    if (e.gateway() != null) {
      String product = diagnosis.gateway() == null ? "none" : diagnosis.gateway().product();
      if (!product.equals(e.gateway().product())) {
        out.add("gateway is " + product + ", expected " + e.gateway().product());
      } else if (e.gateway().role() != null && diagnosis.gateway() != null
          && !diagnosis.gateway().role().equals(e.gateway().role())) {
        out.add("gateway role is " + diagnosis.gateway().role() + ", expected " + e.gateway().role());
      }
      if (diagnosis.gateway() != null) {
        compare("relays", e.gateway().relays(), diagnosis.gateway().relays(), out);
        compare("candidates", e.gateway().candidates(), diagnosis.gateway().candidates(), out);
      }
    }
    List<String> advised = diagnosis.solutions().stream().map(SolutionAdvice::id).toList();
    e.solutions().include().forEach(id -> {
      knownSolution(id, out);
      if (!advised.contains(id)) {
        out.add("solution " + id + " is not advised; advised: " + advised);
      }
    });
    e.solutions().exclude().forEach(id -> {
      knownSolution(id, out);
      if (advised.contains(id)) {
        out.add("solution " + id + " is advised (rank " + (advised.indexOf(id) + 1) + "), expected not");
      }
    });
    if (e.solutions().first() != null && (advised.isEmpty() || !advised.get(0).equals(e.solutions().first()))) {
      out.add("first solution is " + (advised.isEmpty() ? "none" : advised.get(0)) + ", expected " + e.solutions().first());
    }
    if (e.waitSeconds() != null) {
      Integer wait = diagnosis.solutions().stream().filter(s -> s.id().equals("wait-and-retry")).findFirst()
          .map(SolutionAdvice::waitSeconds).orElse(null);
      if (!e.waitSeconds().equals(wait)) {
        out.add("wait-and-retry waits " + wait + " seconds, expected " + e.waitSeconds());
      }
    }
    Set<String> codes = diagnosis.findings().stream().map(Finding::code).collect(Collectors.toSet());
    e.findings().stream().filter(c -> !codes.contains(c)).forEach(c -> out.add("finding " + c + " is missing"));
    e.absentFindings().stream().filter(codes::contains).forEach(c -> out.add("finding " + c + " is present, expected not"));
    return out;
  }

  private static void compare(String what, List<String> expected, List<GatewayProduct> actual, List<String> out) {
    if (expected == null) {
      return;
    }
    List<String> ids = actual.stream().map(GatewayProduct::product).sorted().toList();
    if (!ids.equals(expected.stream().sorted().toList())) {
      out.add("gateway " + what + " are " + ids + ", expected " + expected);
    }
  }

  private Optional<CauseAssessment> cause(Diagnosis d, String id, List<String> out) {
    Optional<CauseAssessment> c = d.causes().stream().filter(x -> x.id().equals(id)).findFirst();
    if (c.isEmpty()) {
      out.add("expects cause " + id + ", which the report does not list (a typo?)");
    }
    return c;
  }

  private void knownCause(String id, List<String> out) {
    if (catalog.cause(id).isEmpty()) {
      out.add("expects cause " + id + ", which the catalogue does not define (a typo?)");
    }
  }

  private void knownSolution(String id, List<String> out) {
    if (catalog.solution(id).isEmpty()) {
      out.add("expects solution " + id + ", which the catalogue does not define (a typo?)");
    }
  }

  private static boolean open(CauseState s) {
    return s == CauseState.CONFIRMED || s == CauseState.LIKELY || s == CauseState.POSSIBLE;
  }

  /** Whether {@code actual} is {@code wanted} or more established (confirmed > likely > possible). */
  private static boolean atLeast(CauseState actual, CauseState wanted) {
    return wanted != null && open(actual) && actual.ordinal() <= wanted.ordinal();
  }

  private static CauseState state(String word, List<String> out) {
    for (CauseState s : CauseState.values()) {
      if (word(s).equals(word.toLowerCase(Locale.ROOT))) {
        return s;
      }
    }
    out.add("unknown state \"" + word + "\"; use confirmed, likely, possible, ruled-out or not-checked");
    return null;
  }

  /** The report's word for a state ({@code ruled-out}). */
  static String word(CauseState s) {
    return s.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
