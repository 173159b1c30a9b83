package org.gatewaydoctor.rules.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.gatewaydoctor.facts.bundle.FactBundle;
import org.gatewaydoctor.facts.http.HttpExchange;
import org.gatewaydoctor.facts.report.CauseAssessment;
import org.gatewaydoctor.facts.report.CauseState;
import org.gatewaydoctor.facts.report.Diagnosis;
import org.gatewaydoctor.facts.report.Evidence;
import org.gatewaydoctor.facts.report.Finding;
import org.gatewaydoctor.facts.report.GatewayAttribution;
import org.gatewaydoctor.facts.report.GatewayProduct;
import org.gatewaydoctor.facts.report.SolutionAdvice;
import org.gatewaydoctor.facts.report.TimingSample;
import org.gatewaydoctor.facts.report.Verdict;
import org.gatewaydoctor.facts.service.ServiceProfile;
import org.gatewaydoctor.rules.catalog.Catalog;
import org.gatewaydoctor.rules.catalog.CauseDef;
import org.gatewaydoctor.rules.catalog.CodeMeaning;
import org.gatewaydoctor.rules.catalog.ProductDef;
import org.gatewaydoctor.rules.catalog.SolutionDef;
import org.gatewaydoctor.rules.engine.SessionResult;
import org.gatewaydoctor.rules.model.Attribution;
import org.gatewaydoctor.rules.model.CauseCertainty;
import org.gatewaydoctor.rules.model.CauseEvidence;
import org.gatewaydoctor.rules.model.CauseStatus;
import org.gatewaydoctor.rules.model.GatewaySignal;
import org.gatewaydoctor.rules.model.SolutionCandidate;
import org.gatewaydoctor.rules.model.SolutionParam;
import org.gatewaydoctor.rules.model.SolutionRanking;
import org.gatewaydoctor.rules.model.VerdictCandidate;
import org.gatewaydoctor.rules.model.WaitHint;

/**
 * Turns what the rules concluded into the report: renders catalogue texts, maps facts to JSON
 * pointers, and puts everything in a stable order so that the same bundle always gives the same
 * bytes. It decides nothing: every state, score and verdict comes from the rules.
 */
public final class ReportAssembler {

  private static final Comparator<Evidence> STRONGEST_FIRST = Comparator
      .comparingDouble((Evidence e) -> -Math.abs(e.weight()))
      .thenComparing(Evidence::text)
      .thenComparing(e -> String.join(",", e.facts()));

  private final Catalog catalog;
  private final String generator;

  public ReportAssembler(Catalog catalog, String generator) {
    this.catalog = Objects.requireNonNull(catalog, "catalog");
    this.generator = Objects.requireNonNull(generator, "generator");
  }

  /** The report for {@code bundle} from the session's conclusions. */
  public Diagnosis assemble(FactBundle bundle, ServiceProfile service, SessionResult result) {
    Map<String, String> context = context(bundle, service, result);
    Map<org.gatewaydoctor.rules.model.Finding, Finding> findings = findings(result, context);
    GatewayAttribution gateway = gateway(result, context);
    if (gateway != null) {
      context.put("gateway", gateway.name());
      context.put("meaning", gateway.meaning() == null ? "failed" : gateway.meaning());
    }
    return new Diagnosis(
        Diagnosis.SCHEMA_VERSION,
        generator,
        bundle.target(),
        bundle.environment(),
        bundle.createdAt(),
        verdict(result, context),
        gateway,
        causes(result, findings, context),
        solutions(bundle, result, context),
        findings.values().stream().sorted(Comparator.comparing(Finding::code).thenComparing(Finding::text)
            .thenComparing(f -> String.join(",", f.facts()))).toList(),
        samples(bundle, result),
        bundle.probes());
  }

  /**
   * The placeholders every catalogue text may use, filled from the bundle and its service profile
   * ({@code waitSeconds} only when a rule proposed a wait); rules add their own per finding or solution.
   */
  public static final Set<String> CONTEXT_PLACEHOLDERS =
      Set.of("host", "url", "service", "statusPage", "supportUrl", "waitSeconds");

  private Map<String, String> context(FactBundle bundle, ServiceProfile service, SessionResult result) {
    Map<String, String> context = new HashMap<>();
    context.put("host", bundle.target().host());
    context.put("url", bundle.target().url());
    context.put("service", service.name());
    context.put("statusPage", service.statusPageHuman() != null ? service.statusPageHuman()
        : "the service's status page");
    context.put("supportUrl", service.supportUrl() != null ? service.supportUrl() : "the service's support pages");
    result.all(WaitHint.class).stream()
        .min(Comparator.comparingInt(WaitHint::priority).thenComparingInt(WaitHint::seconds))
        .ifPresent(w -> context.put("waitSeconds", String.valueOf(w.seconds())));
    return context;
  }

  private Map<org.gatewaydoctor.rules.model.Finding, Finding> findings(SessionResult result,
      Map<String, String> context) {
    Map<org.gatewaydoctor.rules.model.Finding, Finding> out = new LinkedHashMap<>();
    for (org.gatewaydoctor.rules.model.Finding f : result.all(org.gatewaydoctor.rules.model.Finding.class)) {
      out.put(f, new Finding(f.code(), render(f, context), pointers(f.about(), result), result.ruleOf(f)));
    }
    return out;
  }

  /** The catalogue text of {@code f} with its parameters (and the report's context) filled in. */
  private String render(org.gatewaydoctor.rules.model.Finding f, Map<String, String> context) {
    String template = catalog.findingTexts().getOrDefault(f.code(), f.code());
    Map<String, String> params = new HashMap<>(context);
    params.putAll(f.params());
    return Templates.fill(template, params);
  }

  private static List<String> pointers(List<Object> about, SessionResult result) {
    return about.stream().map(result::pointerOf).filter(Objects::nonNull).distinct().sorted().toList();
  }

  private List<CauseAssessment> causes(SessionResult result,
      Map<org.gatewaydoctor.rules.model.Finding, Finding> findings, Map<String, String> context) {
    Map<String, CauseStatus> statuses = new HashMap<>();
    result.all(CauseStatus.class).forEach(s -> statuses.merge(s.cause(), s, ReportAssembler::moreEstablished));
    Map<String, Double> certainties = new HashMap<>();
    result.all(CauseCertainty.class).forEach(c -> certainties.put(c.cause(), c.certainty()));
    Map<String, List<CauseEvidence>> evidenceByCause = new HashMap<>();
    result.all(CauseEvidence.class).forEach(e -> evidenceByCause.computeIfAbsent(e.cause(), k -> new ArrayList<>()).add(e));
    List<CauseAssessment> out = new ArrayList<>();
    for (CauseDef def : catalog.causes()) {
      CauseStatus status = statuses.get(def.id());
      List<Evidence> evidence = new ArrayList<>();
      TreeSet<String> rules = new TreeSet<>();
      for (CauseEvidence e : evidenceByCause.getOrDefault(def.id(), List.of())) {
        Finding f = findings.get(e.finding());
        String rule = f != null && f.rule() != null ? f.rule() : result.ruleOf(e);
        // A finding that exists only inside its evidence (a sub-cause supporting its parent) is
        // rendered here from the same catalogue text.
        String text = f != null ? f.text() : render(e.finding(), context);
        evidence.add(new Evidence(text, f != null ? f.facts() : pointers(e.finding().about(), result), rule,
            round(e.weight())));
        if (rule != null) {
          rules.add(rule);
        }
      }
      if (status != null && result.ruleOf(status) != null) {
        rules.add(result.ruleOf(status));
      }
      evidence.sort(STRONGEST_FIRST);
      double certainty = status != null ? status.certainty() : certainties.getOrDefault(def.id(), 0.0);
      out.add(new CauseAssessment(def.id(), def.title(), def.side(), def.parent(), round(certainty),
          status != null ? status.state() : CauseState.NOT_CHECKED, def.explanation(), evidence,
          List.copyOf(rules)));
    }
    out.sort(Comparator.comparing(CauseAssessment::state)
        .thenComparing(Comparator.comparingDouble(CauseAssessment::certainty).reversed())
        .thenComparing(CauseAssessment::id));
    return specificFirst(out);
  }

  /**
   * Moves each sub-cause right before its parent when both are in the same state: the parent
   * collects the sub-cause's certainty as evidence and so is usually a little more certain, but
   * "the origin behind the CDN is down" tells the user more than "the servers are failing".
   */
  private static List<CauseAssessment> specificFirst(List<CauseAssessment> sorted) {
    List<CauseAssessment> out = new ArrayList<>(sorted);
    boolean moved = true;
    while (moved) {
      moved = false;
      for (int i = 0; i < out.size() && !moved; i++) {
        CauseAssessment parent = out.get(i);
        for (int j = i + 1; j < out.size(); j++) {
          CauseAssessment child = out.get(j);
          if (parent.id().equals(child.parent()) && child.state() == parent.state()) {
            out.remove(j);
            out.add(i, child);
            moved = true;
            break;
          }
        }
      }
    }
    return out;
  }

  private static CauseStatus moreEstablished(CauseStatus a, CauseStatus b) {
    return a.state().compareTo(b.state()) <= 0 ? a : b;
  }

  private GatewayAttribution gateway(SessionResult result, Map<String, String> context) {
    List<Attribution> attributions = new ArrayList<>(result.all(Attribution.class));
    if (attributions.isEmpty()) {
      return null;
    }
    attributions.sort(Comparator.comparingDouble((Attribution a) -> -a.confidence()).thenComparing(Attribution::productId));
    Attribution a = attributions.get(0);
    CodeMeaning meaning = a.meaning();
    return new GatewayAttribution(a.productId(), a.product().name(), a.role(), round(a.confidence()),
        a.status() > 0 ? a.status() : null, meaning == null ? null : Templates.fill(meaning.meaning(), context),
        generatorEvidence(result, a),
        a.relays().stream().map(p -> product(result, p)).toList(),
        a.candidates().stream().map(p -> product(result, p)).toList());
  }

  /**
   * The generator's signs, each resting on the responses it was seen on; for an attribution made
   * from signs that are not error-page signs (a captive portal's sign-in address), its own signs.
   */
  private static List<Evidence> generatorEvidence(SessionResult result, Attribution a) {
    List<Evidence> evidence = signalEvidence(result, a.productId());
    if (!evidence.isEmpty()) {
      return evidence;
    }
    List<String> facts = pointers(new ArrayList<>(a.exchanges()), result);
    List<Evidence> own = new ArrayList<>();
    a.signals().forEach(s -> own.add(new Evidence(s.inWords(), facts, result.ruleOf(a), round(s.weight()))));
    own.sort(STRONGEST_FIRST);
    return own;
  }

  private GatewayProduct product(SessionResult result, ProductDef p) {
    return new GatewayProduct(p.id(), p.name(), p.role(), signalEvidence(result, p.id()));
  }

  /** One piece of evidence per distinct signal of {@code product}, resting on every response it was seen on. */
  private static List<Evidence> signalEvidence(SessionResult result, String product) {
    Map<org.gatewaydoctor.rules.catalog.FingerprintSignal, List<Object>> seenOn = new LinkedHashMap<>();
    Map<org.gatewaydoctor.rules.catalog.FingerprintSignal, String> ruleOf = new HashMap<>();
    for (GatewaySignal s : result.all(GatewaySignal.class)) {
      if (s.product().equals(product)) {
        seenOn.computeIfAbsent(s.signal(), k -> new ArrayList<>()).add(s.exchange());
        ruleOf.putIfAbsent(s.signal(), result.ruleOf(s));
      }
    }
    List<Evidence> evidence = new ArrayList<>();
    seenOn.forEach((signal, exchanges) -> evidence.add(new Evidence(signal.inWords(), pointers(exchanges, result),
        ruleOf.get(signal), round(signal.weight()))));
    evidence.sort(STRONGEST_FIRST);
    return evidence;
  }

  /** Which proposed verdict a report takes: the greatest in this order. */
  public static final Comparator<VerdictCandidate> VERDICT_ORDER = Comparator.comparingDouble(VerdictCandidate::priority)
      .thenComparing(VerdictCandidate::side, Comparator.reverseOrder())
      .thenComparing(VerdictCandidate::key, Comparator.reverseOrder())
      // equal priorities of one key (two sub-causes just as certain): the same one every time
      .thenComparing(v -> v.params().toString(), Comparator.reverseOrder());

  private Verdict verdict(SessionResult result, Map<String, String> context) {
    return result.all(VerdictCandidate.class).stream()
        .max(VERDICT_ORDER)
        .map(v -> {
          Map<String, String> params = new HashMap<>(context);
          params.putAll(v.params());
          return new Verdict(v.side(), Templates.fill(catalog.verdictTexts().getOrDefault(v.key(), v.key()), params));
        })
        .orElseThrow(() -> new IllegalStateException("the rules proposed no verdict; every bundle must get one"));
  }

  private List<SolutionAdvice> solutions(FactBundle bundle, SessionResult result, Map<String, String> context) {
    List<SolutionAdvice> out = new ArrayList<>();
    for (SolutionRanking.Ranked r : SolutionRanking.rank(result.all(SolutionCandidate.class))) {
      SolutionDef def = catalog.solution(r.solution()).orElseThrow(
          () -> new IllegalStateException("a rule proposed solution " + r.solution() + ", which the catalogue lacks"));
      Map<String, String> params = new HashMap<>(context);
      params.putAll(solutionParams(result, def.id()));
      Integer wait = def.id().equals("wait-and-retry") && context.containsKey("waitSeconds")
          ? Integer.valueOf(context.get("waitSeconds")) : null;
      String causeTitle = catalog.cause(r.best().cause()).map(CauseDef::title).orElse(r.best().cause());
      out.add(new SolutionAdvice(def.id(), out.size() + 1, Templates.fill(def.title(), params), r.causes(),
          def.stepsFor(bundle.environment().os(), bundle.environment().browser()).stream()
              .map(step -> Templates.fill(step, params)).toList(),
          wait, def.costNote(), "Addresses: " + causeTitle + " (" + stateWord(r.best().state()) + ")."));
    }
    return out;
  }

  /**
   * The values rules supplied for one solution's texts: per name, the values of the best (lowest)
   * priority, sorted and joined with " or " (two installed browsers: "Firefox or Chromium").
   */
  private static Map<String, String> solutionParams(SessionResult result, String solution) {
    Map<String, TreeMap<Integer, TreeSet<String>>> byName = new TreeMap<>();
    for (SolutionParam p : result.all(SolutionParam.class)) {
      if (p.solution().equals(solution)) {
        byName.computeIfAbsent(p.name(), k -> new TreeMap<>()).computeIfAbsent(p.priority(), k -> new TreeSet<>())
            .add(p.value());
      }
    }
    Map<String, String> out = new HashMap<>();
    byName.forEach((name, byPriority) -> out.put(name, String.join(" or ", byPriority.firstEntry().getValue())));
    return out;
  }

  private static String stateWord(CauseState state) {
    return switch (state) {
      case CONFIRMED -> "confirmed";
      case LIKELY -> "likely";
      case POSSIBLE -> "possible";
      case RULED_OUT -> "ruled out";
      case NOT_CHECKED -> "not checked";
    };
  }

  private static List<TimingSample> samples(FactBundle bundle, SessionResult result) {
    List<TimingSample> out = new ArrayList<>();
    for (HttpExchange h : bundle.observations().http()) {
      out.add(new TimingSample(jsonName(h.source()), h.sample(), h.url(), h.status(),
          h.failure() == null ? null : jsonName(h.failure()), h.timings(), result.pointerOf(h)));
    }
    return out;
  }

  private static String jsonName(Enum<?> e) {
    try {
      var p = e.getDeclaringClass().getField(e.name()).getAnnotation(com.fasterxml.jackson.annotation.JsonProperty.class);
      return p != null ? p.value() : e.name();
    } catch (NoSuchFieldException ex) {
      return e.name();
    }
  }

  /** Rounds to three decimals, so reports don't carry floating-point noise. */
  static double round(double v) {
    return Math.round(v * 1000.0) / 1000.0;
  }
}
