package org.gatewaydoctor.facts.report;

import java.util.List;
import java.util.Objects;
import org.gatewaydoctor.facts.Immutable;

/**
 * One thing to do, in the order the user should try them.
 *
 * @param id a stable id such as {@code wait-and-retry}
 * @param rank 1 for the first thing to try
 * @param title a short imperative title
 * @param addresses the ids of the causes it addresses
 * @param steps the steps, for the user's OS and browser where they differ
 * @param waitSeconds for waiting solutions, how long to wait before retrying; otherwise null
 * @param cost what it costs the user, in plain words ("signs you out of every site"), or null
 * @param why one sentence on why it is ranked here, or null
 */
public record SolutionAdvice(
    String id,
    int rank,
    String title,
    List<String> addresses,
    List<String> steps,
    Integer waitSeconds,
    String cost,
    String why) {
  public SolutionAdvice {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    addresses = Immutable.list(addresses);
    steps = Immutable.list(steps);
    if (rank < 1) {
      throw new IllegalArgumentException("rank starts at 1, got " + rank);
    }
  }
}
