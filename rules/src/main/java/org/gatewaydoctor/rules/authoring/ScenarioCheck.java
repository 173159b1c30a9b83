package org.gatewaydoctor.rules.authoring;

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

  /** Every way {@code diagnosis} differs from what {@code scenario} expects, one line each; empty when it passes. */
  public List<String> failures(Scenario scenario, Diagnosis diagnosis) {
    return mismatches(scenario, diagnosis).stream().map(Mismatch::toString).toList();
  }

  /** Every way {@code diagnosis} differs from what {@code scenario} expects; empty when it passes. */
  public List<Mismatch> mismatches(Scenario scenario, Diagnosis diagnosis) {
    Expectations e = scenario.expect();
    List<Mismatch> out = new ArrayList<>();
    if (e.verdict() != null && !diagnosis.verdict().side().name().equals(e.verdict())) {
      out.add(new Mismatch("verdict", e.verdict(),
          diagnosis.verdict().side() + " (\"" + diagnosis.verdict().summary() + "\")"));
    }
    // The report lists causes most established first (a sub-cause before its parent in the same
    // state); the top cause is the first open one.
    Optional<CauseAssessment> top = diagnosis.causes().stream().filter(c -> open(c.state())).findFirst();
    if (e.topCause() != null) {
      knownCause(e.topCause(), out);
      if (top.isEmpty() || !top.get().id().equals(e.topCause())) {
        out.add(new Mismatch("top cause", e.topCause(),
            top.map(c -> c.id() + " (" + word(c.state()) + ", " + c.certainty() + ")").orElse("none")));
      }
    }
    if (e.topCauseAtLeast() != null && top.isPresent() && !atLeast(top.get().state(), state(e.topCauseAtLeast(), out))) {
      out.add(new Mismatch("top cause " + top.get().id(), "at least " + e.topCauseAtLeast(), word(top.get().state())));
    }
    e.atLeast().forEach((id, st) -> cause(diagnosis, id, out).ifPresent(c -> {
      if (!atLeast(c.state(), state(st, out))) {
        out.add(new Mismatch(id, "at least " + st, word(c.state()) + " (" + c.certainty() + ")"));
      }
    }));
    e.states().forEach((id, st) -> cause(diagnosis, id, out).ifPresent(c -> {
      if (c.state() != state(st, out)) {
        out.add(new Mismatch(id, st, word(c.state()) + " (" + c.certainty() + ")"));
      }
    }));
    e.ruledOut().forEach(id -> cause(diagnosis, id, out).ifPresent(c -> {
      if (c.state() != CauseState.RULED_OUT) {
        out.add(new Mismatch(id, "ruled-out", word(c.state()) + " (" + c.certainty() + ")"));
      }
    }));
    if (e.nothingAbovePossible()) {
      diagnosis.causes().stream().filter(c -> c.state() == CauseState.CONFIRMED || c.state() == CauseState.LIKELY)
          .forEach(c -> out.add(new Mismatch(c.id(), "nothing above possible", word(c.state()) + " (" + c.certainty() + ")")));
    }
    if (e.gateway() != null) {
      String product = diagnosis.gateway() == null ? "none" : diagnosis.gateway().product();
      if (!product.equals(e.gateway().product())) {
        out.add(new Mismatch("gateway", e.gateway().product(), product));
      } else if (e.gateway().role() != null && diagnosis.gateway() != null
          && !diagnosis.gateway().role().equals(e.gateway().role())) {
        out.add(new Mismatch("gateway role", e.gateway().role(), diagnosis.gateway().role()));
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
        out.add(new Mismatch("solution " + id, "advised", "not advised (advised: " + advised + ")"));
      }
    });
    e.solutions().exclude().forEach(id -> {
      knownSolution(id, out);
      if (advised.contains(id)) {
        out.add(new Mismatch("solution " + id, "not advised", "advised (rank " + (advised.indexOf(id) + 1) + ")"));
      }
    });
    if (e.solutions().first() != null && (advised.isEmpty() || !advised.get(0).equals(e.solutions().first()))) {
      out.add(new Mismatch("first solution", e.solutions().first(), advised.isEmpty() ? "none" : advised.get(0)));
    }
    if (e.waitSeconds() != null) {
      Integer wait = diagnosis.solutions().stream().filter(s -> s.id().equals("wait-and-retry")).findFirst()
          .map(SolutionAdvice::waitSeconds).orElse(null);
      if (!e.waitSeconds().equals(wait)) {
        out.add(new Mismatch("the wait of wait-and-retry", e.waitSeconds() + " seconds", wait + " seconds"));
      }
    }
    Set<String> codes = diagnosis.findings().stream().map(Finding::code).collect(Collectors.toSet());
    e.findings().stream().filter(c -> !codes.contains(c)).forEach(c -> out.add(new Mismatch("finding " + c, "present", "missing")));
    e.absentFindings().stream().filter(codes::contains)
        .forEach(c -> out.add(new Mismatch("finding " + c, "absent", "present")));
    return out;
  }

  private static void compare(String what, List<String> expected, List<GatewayProduct> actual, List<Mismatch> out) {
    if (expected == null) {
      return;
    }
    List<String> ids = actual.stream().map(GatewayProduct::product).sorted().toList();
    if (!ids.equals(expected.stream().sorted().toList())) {
      out.add(new Mismatch("gateway " + what, expected.toString(), ids.toString()));
    }
  }

  private Optional<CauseAssessment> cause(Diagnosis d, String id, List<Mismatch> out) {
    Optional<CauseAssessment> c = d.causes().stream().filter(x -> x.id().equals(id)).findFirst();
    if (c.isEmpty()) {
      out.add(new Mismatch("cause " + id, "a cause the report lists", "not in the report (a typo?)"));
    }
    return c;
  }

  private void knownCause(String id, List<Mismatch> out) {
    if (catalog.cause(id).isEmpty()) {
      out.add(new Mismatch("cause " + id, "a cause of the catalogue", "not defined (a typo?)"));
    }
  }

  private void knownSolution(String id, List<Mismatch> out) {
    if (catalog.solution(id).isEmpty()) {
      out.add(new Mismatch("solution " + id, "a solution of the catalogue", "not defined (a typo?)"));
    }
  }

  private static boolean open(CauseState s) {
    return s == CauseState.CONFIRMED || s == CauseState.LIKELY || s == CauseState.POSSIBLE;
  }

  /** Whether {@code actual} is {@code wanted} or more established (confirmed > likely > possible). */
  private static boolean atLeast(CauseState actual, CauseState wanted) {
    return wanted != null && open(actual) && actual.ordinal() <= wanted.ordinal();
  }

  private static CauseState state(String word, List<Mismatch> out) {
    for (CauseState s : CauseState.values()) {
      if (word(s).equals(word.toLowerCase(Locale.ROOT))) {
        return s;
      }
    }
    out.add(new Mismatch("the state \"" + word + "\"", "confirmed, likely, possible, ruled-out or not-checked", "unknown"));
    return null;
  }

  /** The report's word for a state ({@code ruled-out}). */
  static String word(CauseState s) {
    return s.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
