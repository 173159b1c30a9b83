package org.gatewaydoctor.rules.scenario;

import org.gatewaydoctor.rules.authoring.Scenario;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.gatewaydoctor.facts.ProbeOutcome;
import org.gatewaydoctor.facts.bundle.FactBundle;
import org.gatewaydoctor.facts.bundle.Observations;
import org.gatewaydoctor.facts.report.CauseAssessment;
import org.gatewaydoctor.facts.report.CauseState;
import org.gatewaydoctor.facts.report.Diagnosis;
import org.gatewaydoctor.facts.report.ReportJson;
import org.gatewaydoctor.rules.Diagnoser;

/**
 * Bundles nobody wrote by hand: observations of several scenarios mixed at random (a Cloudflare
 * 521 with a lying resolver, a Squid page and an outdated browser...). Whatever the mix, a report
 * keeps its promises: no solution for a ruled-out cause ranked above one for a confirmed cause,
 * certainties that follow their evidence, no unfilled placeholder, the same bytes twice.
 */
class MixedBundleProperties {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{[a-zA-Z][a-zA-Z0-9_.-]*}");
  private static Diagnoser diagnoser;
  private static final ReportJson JSON = new ReportJson();

  @BeforeContainer
  static void loadRuleBase() throws Exception {
    diagnoser = Diagnoser.builtIn();
  }

  @Property(tries = 150)
  void anyMixOfObservationsGivesAConsistentReport(@ForAll long seed) {
    FactBundle bundle = mix(new Random(seed));
    Diagnosis d = diagnoser.diagnose(bundle);

    // A solution is only advised for open causes, and never above one whose cause is more established.
    int previous = -1;
    for (var s : d.solutions()) {
      int best = s.addresses().stream().mapToInt(id -> state(d, id).ordinal()).min().orElseThrow();
      assertThat(best).isLessThanOrEqualTo(CauseState.POSSIBLE.ordinal()).isGreaterThanOrEqualTo(previous);
      previous = best;
    }
    for (CauseAssessment c : d.causes()) {
      assertThat(c.certainty()).as(c.id()).isCloseTo(ListedEvidence.certainty(c), org.assertj.core.data.Offset.offset(0.01));
    }
    String json = JSON.write(d);
    assertThat(PLACEHOLDER.matcher(d.verdict().summary()).find()).isFalse();
    d.solutions().forEach(s -> s.steps().forEach(step -> assertThat(PLACEHOLDER.matcher(step).find()).as(step).isFalse()));
    d.findings().forEach(f -> assertThat(PLACEHOLDER.matcher(f.text()).find()).as(f.text()).isFalse());
    assertThat(JSON.write(diagnoser.diagnose(bundle))).isEqualTo(json);
  }

  private static CauseState state(Diagnosis d, String id) {
    return d.causes().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow().state();
  }

  /** One scenario's target and time, with each kind of observation taken from a random scenario. */
  private static FactBundle mix(Random random) {
    List<Scenario> all = Scenarios.all();
    FactBundle base = all.get(random.nextInt(all.size())).bundle();
    Observations.Builder obs = Observations.builder();
    Map<String, ProbeOutcome> probes = new LinkedHashMap<>();
    int donors = 1 + random.nextInt(3);
    for (int i = 0; i < donors; i++) {
      FactBundle donor = all.get(random.nextInt(all.size())).bundle();
      Observations o = donor.observations();
      if (random.nextBoolean()) obs.http(o.http());
      if (random.nextBoolean()) obs.dns(o.dns()).dnsComparisons(o.dnsComparisons());
      if (random.nextBoolean()) obs.statusPages(o.statusPages());
      if (random.nextBoolean()) obs.connectivity(o.connectivity()).throughput(o.throughput());
      if (random.nextBoolean()) obs.proxies(o.proxies()).ports(o.ports()).tls(o.tls());
      if (random.nextBoolean()) obs.browsers(o.browsers()).installedBrowsers(o.installedBrowsers());
      donor.probes().forEach(p -> probes.putIfAbsent(p.id(), p));
    }
    return FactBundle.of(base.createdAt(), "mixed", base.target(), base.environment(), obs.build(),
        new ArrayList<>(probes.values()));
  }
}
