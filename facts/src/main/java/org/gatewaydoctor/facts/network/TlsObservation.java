package org.gatewaydoctor.facts.network;

import java.util.List;
import java.util.Objects;
import org.gatewaydoctor.facts.Immutable;

/**
 * The TLS handshake with the target and the certificate chain it presented. Comparing the issuer
 * with the one expected for the service (to spot interception) is the rules' job.
 *
 * @param host the target host (SNI)
 * @param port the port
 * @param address the address connected to, or null
 * @param handshake whether the handshake completed (with or without trusting the chain)
 * @param protocol the negotiated protocol ({@code TLSv1.3}, ...), or null
 * @param chainSubjects subject DNs from leaf to the last certificate sent
 * @param chainIssuers issuer DNs from leaf to the last certificate sent
 * @param leafNotAfter the leaf's expiry (ISO-8601), or null
 * @param trusted whether the JVM's default trust store accepts the chain; null when not checked
 * @param hostnameMatches whether the leaf certificate is valid for the host; null when not checked
 * @param detail the handshake or validation error, or null
 */
public record TlsObservation(
    String host,
    int port,
    String address,
    boolean handshake,
    String protocol,
    List<String> chainSubjects,
    List<String> chainIssuers,
    String leafNotAfter,
    Boolean trusted,
    Boolean hostnameMatches,
    String detail) {
  public TlsObservation {
    Objects.requireNonNull(host, "host");
    chainSubjects = Immutable.list(chainSubjects);
    chainIssuers = Immutable.list(chainIssuers);
  }

  /** The issuer of the leaf certificate, or the empty string when no chain was seen. */
  public String leafIssuer() {
    return chainIssuers.isEmpty() ? "" : chainIssuers.get(0);
  }

  /** The issuer of the last certificate in the chain (the root or the intermediate below it), or "". */
  public String topIssuer() {
    return chainIssuers.isEmpty() ? "" : chainIssuers.get(chainIssuers.size() - 1);
  }
}
