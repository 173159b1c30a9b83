package org.gatewaydoctor.facts.http;

import java.util.Objects;

/** One header line as received, name in its original case. */
public record HttpHeader(String name, String value) {
  public HttpHeader {
    Objects.requireNonNull(name, "name");
    value = value == null ? "" : value;
  }
}
