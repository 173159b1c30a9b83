package org.gatewaydoctor.api;

import org.gatewaydoctor.facts.Echo;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Objects;

/**
 * An error answer as {@code application/problem+json} (RFC 9457): a type naming the kind of
 * problem, the HTTP status, a title, a one-line detail saying what failed, the value and what to do,
 * and for bad input the JSON pointer (RFC 6901) of the field at fault. Never a stack trace or a
 * class name.
 *
 * @param kind the problem's short name; its type URI is {@link #TYPE_BASE} + kind
 * @param status the HTTP status
 * @param title a short summary of the kind, the same for every occurrence
 * @param detail what happened this time
 * @param pointer the JSON pointer of the bad field in the request body, or null
 * @param headers extra response headers as name, value pairs ({@code Retry-After}, {@code Allow})
 */
record Problem(String kind, int status, String title, String detail, String pointer, List<String> headers) {

  /** Where the kinds of problem are documented. */
  static final String TYPE_BASE = "https://github.com/gateway-doctor/gateway-doctor/blob/main/docs/api.md#problem-";

  /** The media type of problem documents. */
  static final String MEDIA_TYPE = "application/problem+json";

  Problem {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(title, "title");
    // The last guard, as the CLI's ErrorMapper is for stderr: whatever a route echoes, a client
    // (and the terminal or log it lands in) gets one bounded line with no control character (issue 16).
    detail = Echo.line(Objects.requireNonNull(detail, "detail"));
    headers = List.copyOf(headers);
  }

  /** A problem with no pointer and no extra header. */
  static Problem of(String kind, int status, String title, String detail) {
    return new Problem(kind, status, title, detail, null, List.of());
  }

  /** This problem naming the bad field. */
  Problem at(String jsonPointer) {
    return new Problem(kind, status, title, detail, jsonPointer, headers);
  }

  /** This problem with one more response header. */
  Problem withHeader(String name, String value) {
    List<String> more = new java.util.ArrayList<>(headers);
    more.add(name);
    more.add(value);
    return new Problem(kind, status, title, detail, pointer, more);
  }

  /** The problem document for a request to {@code instance} (its path). */
  ObjectNode toJson(ObjectNode empty, String instance) {
    ObjectNode n = empty.put("type", TYPE_BASE + kind).put("title", title).put("status", status).put("detail", detail)
        .put("instance", instance);
    if (pointer != null) {
      n.put("pointer", pointer);
    }
    return n;
  }

  /** Thrown by a route to answer with a problem; the server turns it into the response. */
  static final class Raised extends RuntimeException {
    private final transient Problem problem;

    Raised(Problem problem) {
      super(problem.detail(), null, false, false);
      this.problem = problem;
    }

    Problem problem() {
      return problem;
    }
  }

  /** This problem, to throw. */
  Raised raise() {
    return new Raised(this);
  }
}
