package org.gatewaydoctor.probes;

import java.util.Objects;

/**
 * A reference endpoint that has nothing to do with the target, checked to tell "the internet works"
 * from "this service does not". It expects an exact answer: a status, and optionally an exact body.
 *
 * @param name a short stable name, such as {@code google} or {@code microsoft}
 * @param url an http URL (plain http on purpose: a captive portal can only rewrite plain http)
 * @param expectStatus the exact status expected, such as 204 or 200
 * @param expectBody the exact body expected (surrounding whitespace ignored), or null for any body
 */
public record ReferenceEndpoint(String name, String url, int expectStatus, String expectBody) {
  public ReferenceEndpoint {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(url, "url");
    if (expectStatus < 100 || expectStatus > 599) {
      throw new IllegalArgumentException("expectStatus must be an HTTP status 100..599, got " + expectStatus);
    }
  }

  /** Android/Chrome's check: {@code generate_204} answers 204 with an empty body. */
  public static ReferenceEndpoint google() {
    return new ReferenceEndpoint("google", "http://connectivitycheck.gstatic.com/generate_204", 204, null);
  }

  /** Windows NCSI's check: the exact body {@code Microsoft Connect Test}. */
  public static ReferenceEndpoint microsoft() {
    return new ReferenceEndpoint("microsoft", "http://www.msftconnecttest.com/connecttest.txt", 200,
        "Microsoft Connect Test");
  }

  /** What the check expects, as recorded: the status, and the body when one is expected. */
  public String expectation() {
    return expectBody == null ? Integer.toString(expectStatus) : expectStatus + " \"" + expectBody + "\"";
  }
}
