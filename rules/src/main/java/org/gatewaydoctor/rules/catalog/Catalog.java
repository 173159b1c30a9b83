package org.gatewaydoctor.rules.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gatewaydoctor.facts.Immutable;
import org.gatewaydoctor.facts.service.ServiceProfile;
import org.gatewaydoctor.facts.service.ServiceProfiles;

/**
 * The rule base's data: causes, solutions, texts, thresholds, gateway fingerprints, problem
 * extensions, browser releases and the uniform-failure table, with the service profiles in effect (built-in ones from facts,
 * or those of a configuration: {@link #withServices}). Immutable; read by {@link CatalogLoader}.
 */
public record Catalog(
    List<CauseDef> causes,
    List<SolutionDef> solutions,
    Map<String, String> findingTexts,
    Map<String, String> verdictTexts,
    Map<String, Double> thresholds,
    List<ProductDef> products,
    List<ServiceProfile> services,
    List<ProblemExtension> extensions,
    List<BrowserRelease> browserReleases,
    List<UniformFailure> uniformFailures) {

  public Catalog {
    causes = Immutable.list(causes);
    solutions = Immutable.list(solutions);
    findingTexts = Immutable.orderedMap(findingTexts);
    verdictTexts = Immutable.orderedMap(verdictTexts);
    thresholds = Immutable.orderedMap(thresholds);
    products = Immutable.list(products);
    services = Immutable.list(services);
    extensions = Immutable.list(extensions);
    browserReleases = Immutable.list(browserReleases);
    uniformFailures = Immutable.list(uniformFailures);
  }

  /**
   * The facts every session starts with: definitions and thresholds, with the evidence links, the
   * fingerprints and the browser releases each as one lookup fact ({@link EvidenceTable},
   * {@link Fingerprints}, {@link BrowserReleases}).
   */
  public List<Object> workingMemoryFacts() {
    List<Object> facts = new ArrayList<>();
    facts.addAll(causes);
    facts.add(new EvidenceTable(causes));
    facts.addAll(solutions);
    thresholds.forEach((key, value) -> facts.add(new Threshold(key, value)));
    facts.addAll(products);
    facts.add(new Fingerprints(products));
    facts.addAll(extensions);
    facts.add(new BrowserReleases(browserReleases));
    facts.addAll(uniformFailures);
    facts.addAll(verdictTexts.keySet().stream().map(VerdictKey::new).toList());
    return facts;
  }

  /** The cause with this id. */
  public Optional<CauseDef> cause(String id) {
    return causes.stream().filter(c -> c.id().equals(id)).findFirst();
  }

  /** The solution with this id. */
  public Optional<SolutionDef> solution(String id) {
    return solutions.stream().filter(s -> s.id().equals(id)).findFirst();
  }

  /** The product with this id. */
  public Optional<ProductDef> product(String id) {
    return products.stream().filter(p -> p.id().equals(id)).findFirst();
  }

  /**
   * This catalogue with {@code profiles} as its service profiles (the built-in ones with a
   * configuration's laid over them).
   *
   * @throws CatalogException when a profile names a gateway that is not a product of this catalogue
   */
  public Catalog withServices(ServiceProfiles profiles) throws CatalogException {
    Catalog changed = new Catalog(causes, solutions, findingTexts, verdictTexts, thresholds, products,
        profiles.all(), extensions, browserReleases, uniformFailures);
    new CatalogValidator().check(changed);
    return changed;
  }

  /** The service profile with this id. */
  public Optional<ServiceProfile> service(String id) {
    return services.stream().filter(s -> s.id().equals(id)).findFirst();
  }

  /** The profile whose hosts include {@code host}, or the {@code generic} one. */
  public ServiceProfile serviceForHost(String host) {
    return services.stream().filter(s -> !s.id().equals("generic") && s.owns(host)).findFirst()
        .or(() -> service("generic"))
        .orElseThrow(() -> new IllegalStateException("the catalogue has no generic service profile"));
  }

  /** A threshold's value; a missing key is a broken catalogue. */
  public double threshold(String key) {
    Double value = thresholds.get(key);
    if (value == null) {
      throw new IllegalStateException("threshold " + key + " is not in the catalogue");
    }
    return value;
  }

  /** A verdict key the catalogue defines, inserted so that rules can only pick defined texts. */
  public record VerdictKey(String key) {}
}
