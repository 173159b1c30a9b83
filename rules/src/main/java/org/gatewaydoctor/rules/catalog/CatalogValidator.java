package org.gatewaydoctor.rules.catalog;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.gatewaydoctor.facts.service.ServiceProfile;

/** Checks that a catalogue hangs together: ids unique, references resolvable, values in range. */
final class CatalogValidator {

  /** Cause ids from the seed guide; never renamed or removed. */
  static final List<String> SEED_CAUSES =
      List.of("server-overload", "network-issue", "browser-issue", "firewall-block", "dns-issue");

  /** Solution ids from the seed guide; never renamed or removed. */
  static final List<String> SEED_SOLUTIONS = List.of("refresh-page", "check-internet-connection",
      "clear-cache-and-cookies", "change-browser", "check-status-page", "sign-out-and-in", "use-incognito", "change-dns",
      "wait-and-retry", "contact-support");

  private static final Set<String> SIDES = Set.of("device", "network", "service");
  private static final Set<String> RISKS = Set.of("none", "low", "medium", "high");
  private static final Set<String> ROLES =
      Set.of("cdn-edge", "load-balancer", "reverse-proxy", "forward-proxy", "security-gateway", "captive-portal", "origin",
          "unknown");
  private static final Set<String> OPERATORS = Set.of("service", "user-network", "unknown");
  private static final Set<String> FAULTS =
      Set.of("origin", "edge", "upstream", "destination", "client", "policy", "network", "rate-limit", "challenge");

  void check(Catalog c) throws CatalogException {
    List<String> problems = new ArrayList<>();
    Set<String> causeIds = unique("causes.yaml", c.causes().stream().map(CauseDef::id).toList(), problems);
    Set<String> solutionIds = unique("solutions.yaml", c.solutions().stream().map(SolutionDef::id).toList(), problems);
    Set<String> productIds = unique("fingerprints.yaml", c.products().stream().map(ProductDef::id).toList(), problems);
    unique("services", c.services().stream().map(ServiceProfile::id).toList(), problems);
    unique("extensions.yaml", c.extensions().stream().map(ProblemExtension::id).toList(), problems);
    SEED_CAUSES.stream().filter(id -> !causeIds.contains(id))
        .forEach(id -> problems.add("causes.yaml: seed cause " + id + " is missing"));
    SEED_SOLUTIONS.stream().filter(id -> !solutionIds.contains(id))
        .forEach(id -> problems.add("solutions.yaml: seed solution " + id + " is missing"));
    for (CauseDef cause : c.causes()) {
      if (!SIDES.contains(cause.side())) {
        problems.add("causes.yaml: " + cause.id() + ": side must be one of " + SIDES + ", got " + cause.side());
      }
      if (cause.parent() != null && !causeIds.contains(cause.parent())) {
        problems.add("causes.yaml: " + cause.id() + ": parent " + cause.parent() + " is not a cause");
      }
      cause.evidence().forEach((finding, weight) -> {
        if (!c.findingTexts().containsKey(finding)) {
          problems.add("causes.yaml: " + cause.id() + ": evidence names finding " + finding
              + ", which findings.yaml does not define");
        }
        if (weight < -1 || weight > 1) {
          problems.add("causes.yaml: " + cause.id() + ": weight of " + finding + " must be within [-1, 1], got " + weight);
        }
      });
    }
    for (SolutionDef s : c.solutions()) {
      if (!RISKS.contains(s.risk())) {
        problems.add("solutions.yaml: " + s.id() + ": risk must be one of " + RISKS + ", got " + s.risk());
      }
      s.addresses().stream().filter(id -> !causeIds.contains(id))
          .forEach(id -> problems.add("solutions.yaml: " + s.id() + ": addresses unknown cause " + id));
      s.needs().stream().filter(n -> !n.equals("status-page") && !n.equals("support"))
          .forEach(n -> problems.add("solutions.yaml: " + s.id() + ": needs must be status-page or support, got " + n));
      if (!s.kind().equals("fix") && !s.kind().equals("workaround")) {
        problems.add("solutions.yaml: " + s.id() + ": kind must be fix or workaround, got " + s.kind());
      }
      if (s.steps().isEmpty()) {
        problems.add("solutions.yaml: " + s.id() + ": needs default steps");
      }
    }
    for (ProductDef p : c.products()) {
      if (!ROLES.contains(p.role())) {
        problems.add("fingerprints.yaml: " + p.id() + ": role must be one of " + ROLES + ", got " + p.role());
      }
      if (!OPERATORS.contains(p.operator())) {
        problems.add("fingerprints.yaml: " + p.id() + ": operator must be one of " + OPERATORS + ", got " + p.operator());
      }
      p.signals().stream().filter(g -> g.means() != null && !FAULTS.contains(g.means().fault()))
          .forEach(g -> problems.add("fingerprints.yaml: " + p.id() + ": signal " + g.describe() + ": fault must be one of "
              + FAULTS + ", got " + g.means().fault()));
      if (p.source() == null || p.source().isBlank()) {
        problems.add("fingerprints.yaml: " + p.id() + ": needs a source (where the fingerprint comes from)");
      }
      p.codes().forEach((code, meaning) -> {
        if (!FAULTS.contains(meaning.fault())) {
          problems.add("fingerprints.yaml: " + p.id() + ": code " + code + ": fault must be one of " + FAULTS + ", got "
              + meaning.fault());
        }
      });
    }
    for (ServiceProfile s : c.services()) {
      s.gateways().stream().filter(id -> !productIds.contains(id))
          .forEach(id -> problems.add("services: " + s.id() + ": gateway " + id + " is not a product of fingerprints.yaml"));
    }
    uniformFailures(c, problems);
    if (c.service("generic").isEmpty()) {
      problems.add("services: the generic profile is missing");
    }
    if (!problems.isEmpty()) {
      throw new CatalogException(problems.size() == 1 ? problems.get(0)
          : problems.size() + " problems in the catalogue: " + String.join("; ", problems));
    }
  }

  /** Each failure kind once, and every finding a row names has a sentence. */
  private static void uniformFailures(Catalog c, List<String> problems) {
    unique("uniform-failures.yaml", c.uniformFailures().stream().map(u -> wireName(u.failure())).toList(), problems);
    for (UniformFailure u : c.uniformFailures()) {
      for (String finding : java.util.Arrays.asList(u.finding(), u.unless())) {
        if (finding != null && !c.findingTexts().containsKey(finding)) {
          problems.add("uniform-failures.yaml: " + wireName(u.failure()) + ": finding " + finding
              + " is not defined in findings.yaml");
        }
      }
    }
  }

  /** The failure kind as bundles and the table write it ({@code connect-timeout}). */
  private static String wireName(org.gatewaydoctor.facts.http.HttpFailure failure) {
    return failure.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }

  private static Set<String> unique(String file, List<String> ids, List<String> problems) {
    Set<String> seen = new HashSet<>();
    Set<String> duplicates = ids.stream().filter(id -> !seen.add(id)).collect(Collectors.toCollection(java.util.TreeSet::new));
    duplicates.forEach(id -> problems.add(file + ": id " + id + " is defined more than once"));
    return seen;
  }
}
