package org.gatewaydoctor.probes.dns;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.gatewaydoctor.facts.dns.DnsComparison;
import org.gatewaydoctor.facts.dns.DnsQuery;

/** Puts the answers of several resolvers for one name side by side (doggo-style), without judging. */
final class ResolverComparison {

  private ResolverComparison() {}

  /** One comparison per (name, type) that at least one resolver answered with addresses; canaries excluded. */
  static List<DnsComparison> of(List<DnsQuery> queries) {
    Map<String, List<DnsQuery>> byQuestion = new LinkedHashMap<>();
    for (DnsQuery q : queries) {
      if (!q.canary() && q.resolved()) {
        byQuestion.computeIfAbsent(q.name() + " " + q.type(), k -> new ArrayList<>()).add(q);
      }
    }
    List<DnsComparison> out = new ArrayList<>();
    for (List<DnsQuery> answers : byQuestion.values()) {
      Set<Set<String>> distinct = new LinkedHashSet<>();
      Set<String> common = null;
      for (DnsQuery q : answers) {
        Set<String> set = new TreeSet<>(q.addresses());
        distinct.add(set);
        if (common == null) {
          common = new TreeSet<>(set);
        } else {
          common.retainAll(set);
        }
      }
      DnsQuery first = answers.get(0);
      out.add(new DnsComparison(first.name(), first.type(), answers.stream().map(DnsQuery::resolver).toList(),
          distinct.size(), List.copyOf(common)));
    }
    return out;
  }
}
