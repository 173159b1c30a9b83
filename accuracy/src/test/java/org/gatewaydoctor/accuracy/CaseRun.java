package org.gatewaydoctor.accuracy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.gatewaydoctor.facts.Environment;
import org.gatewaydoctor.facts.bundle.BundleReader;
import org.gatewaydoctor.facts.bundle.FactBundle;
import org.gatewaydoctor.facts.report.CauseAssessment;
import org.gatewaydoctor.facts.report.CauseState;
import org.gatewaydoctor.facts.report.Diagnosis;
import org.gatewaydoctor.facts.report.GatewayProduct;
import org.gatewaydoctor.probes.har.HarImporter;
import org.gatewaydoctor.probes.har.HarPage;
import org.gatewaydoctor.rules.Diagnoser;
import org.gatewaydoctor.facts.service.ServiceProfile;
import org.gatewaydoctor.facts.service.ServiceProfiles;
import org.gatewaydoctor.rules.reasoning.Consistency;

/**
 * What the rule base says of one case, read the way {@code gateway-doctor diagnose --har FILE} and
 * {@code --facts FILE} read it: a HAR through the HAR importer (the page's samples, the service
 * profile of its host and that profile's hosts), with an environment that knows nothing but what
 * the HAR says.
 */
record CaseRun(CorpusCase c, String side, String product, List<String> relays, String topCause, String firstSolution,
    List<String> contradictions, String error) {

  /** When a HAR says nothing of when it was made; never used by the corpus, whose entries all have times. */
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T00:00:00Z"), ZoneOffset.UTC);
  private static final List<String> OTHER_PROBES = List.of("dns", "status-page", "connectivity", "network", "browser");

  static CaseRun of(CorpusCase c, Diagnoser diagnoser) {
    try {
      Diagnosis d = diagnoser.diagnose(bundle(c, diagnoser));
      String top = d.causes().stream().filter(x -> x.state() == CauseState.CONFIRMED || x.state() == CauseState.LIKELY)
          .map(CauseAssessment::id).findFirst().orElse("-");
      return new CaseRun(c, d.verdict().side().name(), d.gateway() == null ? "none" : d.gateway().product(),
          d.gateway() == null ? List.of() : d.gateway().relays().stream().map(GatewayProduct::product).sorted().toList(),
          top, d.solutions().isEmpty() ? "-" : d.solutions().get(0).id(), Consistency.contradictions(d), null);
    } catch (Exception e) {
      return new CaseRun(c, "ERROR", "ERROR", List.of(), "-", "-", List.of(), e.getMessage());
    }
  }

  private static FactBundle bundle(CorpusCase c, Diagnoser diagnoser) throws Exception {
    if (!c.har()) {
      return new BundleReader().read(c.input()).bundle();
    }
    HarImporter importer = new HarImporter();
    Path file = c.input();
    HarPage page = importer.page(file, null, Set.of());
    ServiceProfile profile = ServiceProfiles.builtIn().forHost(page.host());
    if (!profile.hosts().isEmpty()) {
      page = importer.page(file, null, Set.copyOf(profile.hosts()));
    }
    return page.bundle(profile.id(), Environment.UNKNOWN, file.getFileName().toString(), OTHER_PROBES, CLOCK);
  }

  boolean sideRight() {
    return side.equals(c.expect().side());
  }

  boolean productRight() {
    return product.equals(c.expect().product());
  }

  /** Whether the relays are those expected (true when the case does not name any). */
  boolean relaysRight() {
    return c.expect().relays() == null || relays.equals(c.expect().relays().stream().sorted().toList());
  }
}
