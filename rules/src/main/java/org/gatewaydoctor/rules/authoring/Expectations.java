package org.gatewaydoctor.rules.authoring;

import java.util.List;
import java.util.Map;
import org.gatewaydoctor.facts.Immutable;

/**
 * What a scenario's diagnosis must say; every field is optional (null or empty means "not checked").
 * Cause states are written as in reports: {@code confirmed}, {@code likely}, {@code possible},
 * {@code ruled-out}, {@code not-checked}.
 *
 * @param verdict the verdict side: {@code SERVICE}, {@code YOUR_NETWORK}, {@code YOUR_DEVICE},
 *     {@code UNKNOWN} or {@code NONE}
 * @param topCause the id of the most certain cause
 * @param topCauseAtLeast the weakest state the top cause may have ({@code likely} accepts likely
 *     and confirmed)
 * @param atLeast causes that must be at least in the given state
 * @param states causes that must be in exactly the given state
 * @param ruledOut causes that must be ruled out
 * @param nothingAbovePossible whether no cause may be likely or confirmed (healthy scenarios)
 * @param gateway the product and role that generated the error, or {@code {product: none}} when
 *     the report must name no gateway; optionally the products that must be listed as its
 *     {@code relays} and {@code candidates} (exactly those)
 * @param solutions solutions that must ({@code include}) and must not ({@code exclude}) be advised,
 *     and the one that must come {@code first}
 * @param waitSeconds the wait the wait-and-retry advice must carry
 * @param findings finding codes that must be in the report
 * @param absentFindings finding codes that must not be in the report
 */
public record Expectations(
    String verdict,
    String topCause,
    String topCauseAtLeast,
    Map<String, String> atLeast,
    Map<String, String> states,
    List<String> ruledOut,
    boolean nothingAbovePossible,
    GatewayExpectation gateway,
    SolutionExpectations solutions,
    Integer waitSeconds,
    List<String> findings,
    List<String> absentFindings) {

  public Expectations {
    atLeast = Immutable.orderedMap(atLeast);
    states = Immutable.orderedMap(states);
    ruledOut = Immutable.list(ruledOut);
    findings = Immutable.list(findings);
    absentFindings = Immutable.list(absentFindings);
    solutions = solutions == null ? new SolutionExpectations(null, null, null) : solutions;
  }

  /**
   * The gateway the report must name: product id and role; product {@code none} for no gateway;
   * relays and candidates by product id (null: not checked).
   */
  public record GatewayExpectation(String product, String role, List<String> relays, List<String> candidates) {}

  /** Solutions that must and must not be advised, and the first one. */
  public record SolutionExpectations(List<String> include, List<String> exclude, String first) {
    public SolutionExpectations {
      include = Immutable.list(include);
      exclude = Immutable.list(exclude);
    }
  }
}
