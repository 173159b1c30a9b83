package org.gatewaydoctor.facts.dns;

import java.util.List;
import java.util.Objects;
import org.gatewaydoctor.facts.Immutable;

/**
 * The answers that several resolvers gave for one name and type, side by side. It records what
 * differs; whether a difference matters (a CDN hands out different addresses by design) is for
 * the rules to decide.
 *
 * @param name the queried name
 * @param type {@code A} or {@code AAAA}
 * @param resolvers the ids of the resolvers that answered NOERROR with addresses
 * @param distinctAnswerSets how many different address sets those answers form
 * @param commonAddresses the addresses that every one of those answers contains
 */
public record DnsComparison(
    String name, String type, List<String> resolvers, int distinctAnswerSets, List<String> commonAddresses) {
  public DnsComparison {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    resolvers = Immutable.list(resolvers);
    commonAddresses = Immutable.list(commonAddresses);
  }
}
