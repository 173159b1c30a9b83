package org.gatewaydoctor.rules;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.gatewaydoctor.facts.Version;
import org.gatewaydoctor.facts.bundle.FactBundle;
import org.gatewaydoctor.facts.report.Diagnosis;
import org.gatewaydoctor.facts.service.ServiceProfile;
import org.gatewaydoctor.facts.service.ServiceProfiles;
import org.gatewaydoctor.rules.catalog.Catalog;
import org.gatewaydoctor.rules.catalog.CatalogException;
import org.gatewaydoctor.rules.catalog.CatalogLoader;
import org.gatewaydoctor.rules.engine.FactIndex;
import org.gatewaydoctor.rules.engine.FiringLog;
import org.gatewaydoctor.rules.engine.RuleBase;
import org.gatewaydoctor.rules.engine.RuleBaseException;
import org.gatewaydoctor.rules.engine.RuleCompiler;
import org.gatewaydoctor.rules.engine.RuleSession;
import org.gatewaydoctor.rules.engine.RuleSources;
import org.gatewaydoctor.rules.engine.SessionResult;
import org.gatewaydoctor.rules.model.BundleTime;
import org.gatewaydoctor.rules.model.ResponseText;
import org.gatewaydoctor.rules.report.ReportAssembler;

/**
 * The rule engine facade: turns a fact bundle into a {@link Diagnosis}. Build one per rule base
 * (building costs milliseconds for the built-in one, seconds for a rule directory) and share it:
 * it is immutable and thread-safe, and runs one short-lived session per diagnosis. The same bundle
 * always gives an equal diagnosis (and byte-identical JSON).
 *
 * <pre>{@code
 * Diagnoser diagnoser = Diagnoser.builtIn();
 * Diagnosis report = diagnoser.diagnose(new BundleReader().read(path).bundle());
 * }</pre>
 */
public final class Diagnoser {

  private final RuleBase ruleBase;
  private final Catalog catalog;
  private final List<Object> catalogFacts;
  private final ReportAssembler assembler;

  /** A diagnoser over {@code ruleBase} and {@code catalog} (with the catalogue's service profiles). */
  public Diagnoser(RuleBase ruleBase, Catalog catalog) {
    this.ruleBase = Objects.requireNonNull(ruleBase, "ruleBase");
    this.catalog = Objects.requireNonNull(catalog, "catalog");
    this.catalogFacts = List.copyOf(catalog.workingMemoryFacts());
    String rules = ruleBase.origin().equals("built-in") ? "built-in rules" : "rules from " + ruleBase.origin();
    this.assembler = new ReportAssembler(catalog, Version.tool() + " (" + rules + ")");
  }

  /** The built-in rule base (compiled at build time) and catalogue. */
  public static Diagnoser builtIn() throws RuleBaseException, CatalogException {
    return new Diagnoser(RuleBase.precompiled(), new CatalogLoader().builtIn());
  }

  /**
   * The built-in rules and catalogue with a rule directory laid over them: its {@code .drl} files
   * replace built-in files of the same name or add to them, and its catalogue files (in
   * {@code catalog/} or at its top) replace or add entries by id.
   *
   * @throws RuleBaseException with located messages when a rule file does not compile
   * @throws CatalogException when a catalogue file is invalid
   * @throws IOException when the directory cannot be read
   */
  public static Diagnoser fromDirectory(Path dir) throws RuleBaseException, CatalogException, IOException {
    if (!Files.isDirectory(dir)) {
      throw new IOException(dir + ": not a directory");
    }
    Path catalogDir = Files.isDirectory(dir.resolve("catalog")) ? dir.resolve("catalog") : dir;
    Catalog catalog = new CatalogLoader().load(catalogDir);
    RuleBase rules = new RuleCompiler().compile(new RuleSources().withDirectory(dir), dir.toString());
    return new Diagnoser(rules, catalog);
  }

  /**
   * This diagnoser with {@code services} as the service profiles in effect (typically
   * {@code ServiceProfiles.builtIn().with(configured)}): a bundle's target is judged by its profile
   * from these. Shares the rule base; costs a catalogue check, microseconds.
   *
   * @throws CatalogException when a profile names a gateway that is not a product of the catalogue
   */
  public Diagnoser withServices(ServiceProfiles services) throws CatalogException {
    return new Diagnoser(ruleBase, catalog.withServices(services));
  }

  /** The diagnosis of {@code bundle}. */
  public Diagnosis diagnose(FactBundle bundle) {
    return run(bundle, false).diagnosis();
  }

  /** The diagnosis of {@code bundle} with the rules that fired to reach it (slightly slower). */
  public DiagnosisTrace trace(FactBundle bundle) {
    return run(bundle, true);
  }

  /**
   * The diagnosis of {@code bundle} with how it came about: every rule firing in order with its
   * facts, and why each cause ended in its state (for rule authors; slower than {@link #diagnose}).
   */
  public Explanation explain(FactBundle bundle) {
    FiringLog log = new FiringLog();
    SessionResult result = session(bundle, true, log);
    Diagnosis diagnosis = assembler.assemble(bundle, service(bundle), result);
    return new Explainer(result).explain(diagnosis, log);
  }

  private DiagnosisTrace run(FactBundle bundle, boolean traceFirings) {
    SessionResult result = session(bundle, traceFirings, null);
    return new DiagnosisTrace(assembler.assemble(bundle, service(bundle), result), result.firedRules(), result.firings());
  }

  private ServiceProfile service(FactBundle bundle) {
    return catalog.service(bundle.target().service()).orElseGet(() -> catalog.serviceForHost(bundle.target().host()));
  }

  private SessionResult session(FactBundle bundle, boolean traceFirings, FiringLog log) {
    Objects.requireNonNull(bundle, "bundle");
    ServiceProfile service = service(bundle);
    List<Object> given = new ArrayList<>(catalogFacts.size() + 8);
    given.addAll(catalogFacts);
    given.add(service);
    given.add(new BundleTime(bundle.createdAt()));
    bundle.observations().http().forEach(h -> given.add(new ResponseText(h)));
    FactIndex index = new FactIndex(bundle);
    return RuleSession.run(ruleBase, given, index, traceFirings, log);
  }

  /** The rule base in use. */
  public RuleBase ruleBase() {
    return ruleBase;
  }

  /** The catalogue in use. */
  public Catalog catalog() {
    return catalog;
  }
}
