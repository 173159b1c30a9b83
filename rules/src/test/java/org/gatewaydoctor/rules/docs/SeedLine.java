package org.gatewaydoctor.rules.docs;

import java.util.List;
import java.util.Objects;
import org.gatewaydoctor.facts.Immutable;

/**
 * One line of the seed guide and the ids that encode it ({@code docs/seed-trace.yaml}).
 *
 * @param quote the guide's words
 * @param note how the rule base takes it further, or null
 * @param causes cause ids that encode it
 * @param solutions solution ids that encode it
 * @param rules rule names that encode it beyond those the causes and solutions imply
 */
public record SeedLine(String quote, String note, List<String> causes, List<String> solutions, List<String> rules) {
  public SeedLine {
    Objects.requireNonNull(quote, "quote");
    causes = Immutable.list(causes);
    solutions = Immutable.list(solutions);
    rules = Immutable.list(rules);
  }
}
