package org.gatewaydoctor.rules.engine;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;
import org.kie.internal.conf.ShareBetaNodesOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A compiled, immutable, thread-safe rule base. The built-in one was compiled at build time into
 * Drools' executable model and loads in milliseconds ({@link #precompiled()}); rule files supplied
 * at run time are compiled by {@link RuleCompiler}.
 */
public final class RuleBase {

  /** Where kie-maven-plugin lists the generated model classes of this module. */
  static final String MODEL_INDEX = "META-INF/kie/org.gatewaydoctor/gateway-doctor-rules/drools-model";

  /**
   * Beta-node sharing is off. Observed with Drools 10.2.0 (both the executable model and the classic
   * compiler): an accumulate in one rule ("The evidence on a cause combines into its certainty")
   * whose first pattern, {@code CauseDef( $id : id )}, is shared with rules that continue with
   * {@code not CauseEvidence( cause == $id )} stopped reacting to CauseEvidence inserted later, so
   * certainties went stale. Without sharing, every rule has its own join network; the cost is a
   * little memory. DiagnosisConsistencyTest guards the symptom.
   */
  static final ShareBetaNodesOption UNSHARED_BETA_NODES = ShareBetaNodesOption.NO;

  private static final Logger LOG = LoggerFactory.getLogger(RuleBase.class);

  private final KieBase kieBase;
  private final String origin;
  private final List<RuleInfo> rules;

  RuleBase(KieBase kieBase, String origin) {
    this.kieBase = Objects.requireNonNull(kieBase, "kieBase");
    this.origin = Objects.requireNonNull(origin, "origin");
    List<RuleInfo> all = new ArrayList<>();
    kieBase.getKiePackages().forEach(p -> p.getRules().forEach(r -> all.add(new RuleInfo(p.getName(), r.getName()))));
    all.sort(Comparator.comparing(RuleInfo::pkg).thenComparing(RuleInfo::name));
    this.rules = List.copyOf(all);
  }

  /** The built-in rule base, as compiled at build time. */
  public static RuleBase precompiled() throws RuleBaseException {
    long start = System.nanoTime(); // for the log line only; nothing is decided by it
    List<Model> models = new ArrayList<>();
    for (String className : modelClassNames()) {
      try {
        models.add((Model) Class.forName(className, true, RuleBase.class.getClassLoader())
            .getDeclaredConstructor().newInstance());
      } catch (ReflectiveOperationException | ClassCastException e) {
        throw new RuleBaseException("the built-in rule model " + className + " cannot be loaded (a broken build)", e);
      }
    }
    RuleBase built = new RuleBase(KieBaseBuilder.createKieBaseFromModel(models, UNSHARED_BETA_NODES), "built-in");
    LOG.debug("rule base loaded: built-in executable model from {} ({} model classes, {} rules) in {} ms",
        MODEL_INDEX, models.size(), built.rules.size(), (System.nanoTime() - start) / 1_000_000);
    return built;
  }

  private static List<String> modelClassNames() throws RuleBaseException {
    InputStream in = RuleBase.class.getClassLoader().getResourceAsStream(MODEL_INDEX);
    if (in == null) {
      throw new RuleBaseException(MODEL_INDEX + " is missing: the rules module was built without kie-maven-plugin",
          (Throwable) null);
    }
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      // Line 1 names the model version ("Drools-Model-Version:10.2.0"); the rest are class names.
      return reader.lines().map(String::trim).filter(l -> !l.isEmpty() && !l.contains(":")).toList();
    } catch (IOException e) {
      throw new RuleBaseException("cannot read " + MODEL_INDEX, e);
    }
  }

  /** A new session for one diagnosis; the caller disposes of it. */
  public KieSession newSession() {
    return kieBase.newKieSession();
  }

  /** Every rule, sorted by package then name. */
  public List<RuleInfo> rules() {
    return rules;
  }

  /** Where this rule base came from: {@code built-in} or the rule directory. */
  public String origin() {
    return origin;
  }

  /** The number of rules per area, for summaries. */
  public Map<String, Long> rulesPerArea() {
    return rules.stream().collect(java.util.stream.Collectors.groupingBy(RuleInfo::area, java.util.TreeMap::new,
        java.util.stream.Collectors.counting()));
  }
}
