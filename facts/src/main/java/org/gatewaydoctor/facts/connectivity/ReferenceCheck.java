package org.gatewaydoctor.facts.connectivity;

import java.util.Objects;

/**
 * One check of a reference endpoint that has nothing to do with the target, to tell "the internet
 * works" from "this service does not". One failing reference proves nothing by itself.
 *
 * @param reference the reference's configured name
 * @param url the URL (for {@code http}) or {@code host:port} (for {@code tcp}) checked
 * @param family {@code ipv4} or {@code ipv6}
 * @param method {@code tcp} (connect only) or {@code http} (expects an exact answer)
 * @param address the address connected to, or null
 * @param result what happened
 * @param status the HTTP status received, or null
 * @param expected what the check expects (for example {@code 204} or a body text), or null
 * @param location the redirect target when redirected, or null
 * @param latencyMs how long the check took, in milliseconds, or null
 * @param detail a short technical note, or null
 */
public record ReferenceCheck(
    String reference,
    String url,
    String family,
    String method,
    String address,
    ReferenceResult result,
    Integer status,
    String expected,
    String location,
    Double latencyMs,
    String detail) {
  public ReferenceCheck {
    Objects.requireNonNull(reference, "reference");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(family, "family");
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(result, "result");
  }
}
