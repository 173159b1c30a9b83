package org.gatewaydoctor.facts.dns;

import java.util.List;
import java.util.Objects;
import org.gatewaydoctor.facts.Immutable;

/**
 * One DNS question asked of one resolver, and what came back.
 *
 * @param resolver the resolver's id: {@code system} for the one the OS is configured with, or the
 *     configured name of an independent resolver
 * @param resolverAddress the resolver's address as {@code ip:port}, or null when none was configured
 * @param resolverKind whether this is the OS's resolver or an independent one
 * @param name the queried name, without the trailing dot
 * @param type the record type asked for: {@code A}, {@code AAAA} or {@code CNAME}
 * @param status whether an answer arrived
 * @param rcode the response code when an answer arrived ({@code NOERROR}, {@code NXDOMAIN},
 *     {@code SERVFAIL}, {@code REFUSED}, ...), otherwise null
 * @param addresses the A/AAAA addresses in the answer, in the order received
 * @param cnames the CNAME chain in the answer, in order
 * @param latencyMs time from sending the question to the answer (or giving up), in milliseconds
 * @param canary whether this question is for a name that must not exist, asked to detect a resolver
 *     that invents answers
 * @param extendedError an Extended DNS Error (RFC 8914) as {@code "code: text"}, or null
 * @param detail what went wrong when no answer arrived, or null
 */
public record DnsQuery(
    String resolver,
    String resolverAddress,
    ResolverKind resolverKind,
    String name,
    String type,
    DnsQueryStatus status,
    String rcode,
    List<String> addresses,
    List<String> cnames,
    Double latencyMs,
    boolean canary,
    String extendedError,
    String detail) {

  public DnsQuery {
    Objects.requireNonNull(resolver, "resolver");
    Objects.requireNonNull(resolverKind, "resolverKind");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(status, "status");
    addresses = Immutable.list(addresses);
    cnames = Immutable.list(cnames);
  }

  /** Whether an answer with NOERROR and at least one address came back. */
  public boolean resolved() {
    return status == DnsQueryStatus.ANSWERED && "NOERROR".equals(rcode) && !addresses.isEmpty();
  }
}
