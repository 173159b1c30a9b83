package org.gatewaydoctor.report;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gatewaydoctor.facts.ProbeOutcome;
import org.gatewaydoctor.facts.ProbeStatus;
import org.gatewaydoctor.facts.report.CauseAssessment;
import org.gatewaydoctor.facts.report.Diagnosis;
import org.gatewaydoctor.facts.report.Evidence;
import org.gatewaydoctor.facts.report.Finding;

/**
 * What each check found, in the routine model of ChromiumOS's network diagnostics: {@code no problem},
 * {@code problem: CODE, ...} or {@code not run: why}. A check "merely ran" says nothing; what it
 * observed and what the rules made of it does. A finding is a problem when its rule speaks for a
 * cause that holds (positive weight for a cause with positive certainty); it belongs to the check
 * whose observations it rests on.
 */
final class CheckResults {

  /** Which observation lists (the first segment after {@code /observations/}) each probe writes. */
  private static final Map<String, List<String>> WRITES = Map.of(
      "dns", List.of("dns", "dnsComparisons"),
      "http", List.of("http"),
      "status-page", List.of("statusPages"),
      "connectivity", List.of("connectivity", "throughput"),
      "throughput", List.of("throughput"),
      "proxy", List.of("proxies"),
      "ports", List.of("ports"),
      "tls", List.of("tls"),
      "network", List.of("ports", "tls", "proxies"),
      "browser", List.of("browsers", "installedBrowsers"));

  private final Diagnosis d;
  private final Set<String> problemRules = new HashSet<>();

  CheckResults(Diagnosis d) {
    this.d = d;
    for (CauseAssessment c : d.causes()) {
      if (c.certainty() > 0) {
        for (Evidence e : c.evidence()) {
          if (e.weight() > 0 && e.rule() != null) {
            problemRules.add(e.rule());
          }
        }
      }
    }
  }

  /** What probe {@code index} found: {@code no problem}, {@code problem: CODE, ...} or {@code not run: why}. */
  String found(int index) {
    ProbeOutcome p = d.probes().get(index);
    Set<String> problems = problems(index);
    String reason = p.reason() == null ? "" : Words.plain(p.reason());
    if (p.status() == ProbeStatus.SKIPPED || p.status() == ProbeStatus.NOT_RUN) {
      return "not run" + (reason.isEmpty() ? "" : ": " + reason);
    }
    String incomplete = p.status() == ProbeStatus.OK ? ""
        : " (" + (p.status() == ProbeStatus.TIMEOUT ? "timed out" : "failed") + (reason.isEmpty() ? "" : ": " + reason) + ")";
    if (!problems.isEmpty()) {
      return "problem: " + String.join(", ", problems) + incomplete + note(p, reason);
    }
    if (!incomplete.isEmpty()) {
      return "not run" + incomplete.replaceFirst("^ \\((.*)\\)$", ": $1");
    }
    return "no problem" + note(p, reason);
  }

  /** The codes of the findings resting on probe {@code index}'s observations that speak for a cause that holds. */
  Set<String> problems(int index) {
    String id = d.probes().get(index).id();
    List<String> prefixes = new ArrayList<>();
    WRITES.getOrDefault(id, List.of()).forEach(list -> prefixes.add("/observations/" + list + "/"));
    prefixes.add("/probes/" + index);
    Set<String> codes = new LinkedHashSet<>();
    for (Finding f : d.findings()) {
      if (f.rule() != null && problemRules.contains(f.rule())
          && f.facts().stream().anyMatch(ptr -> prefixes.stream().anyMatch(pre -> (ptr + "/").startsWith(pre)))) {
        codes.add(f.code());
      }
    }
    return codes;
  }

  /** Whether the observation at {@code pointer} was staged: its probe's note says so (the loopback lab). */
  boolean staged(String pointer) {
    for (int i = 0; i < d.probes().size(); i++) {
      ProbeOutcome p = d.probes().get(i);
      if (p.reason() != null && p.reason().startsWith(STAGED)) {
        for (String list : WRITES.getOrDefault(p.id(), List.of())) {
          if ((pointer + "/").startsWith("/observations/" + list + "/")) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** Whether {@code e} rests only on staged measurements, such as the lab's loopback download. */
  boolean staged(Evidence e) {
    return !e.facts().isEmpty() && e.facts().stream().allMatch(this::staged);
  }

  /** How a probe's note begins when what it measured was staged (the lab writes it). */
  static final String STAGED = "staged";

  private static String note(ProbeOutcome p, String reason) {
    return reason.isEmpty() ? "" : " (" + reason + ")";
  }

  /** Every check on one line each, padded: {@code dns           no problem}. */
  List<String> lines() {
    List<String> out = new ArrayList<>();
    int width = d.probes().stream().mapToInt(p -> p.id().length()).max().orElse(0) + 2;
    for (int i = 0; i < d.probes().size(); i++) {
      String id = Words.plain(d.probes().get(i).id());
      out.add(id + " ".repeat(Math.max(1, width - id.length())) + found(i));
    }
    return out;
  }
}
