package org.gatewaydoctor.api;

import org.gatewaydoctor.facts.Echo;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;

/**
 * The body of a request, read at most up to the limit, and its media type. A declared
 * {@code Content-Length} over the limit is refused before a byte is read; a body without one is
 * read only one byte past the limit.
 */
final class RequestBody {

  private final long limit;

  /** @param limit the largest body accepted, in bytes */
  RequestBody(long limit) {
    this.limit = limit;
  }

  /** The media type of the request without parameters, lower case, or "" when none was sent. */
  static String mediaType(Context ctx) {
    String type = ctx.header("Content-Type");
    if (type == null) {
      return "";
    }
    int semicolon = type.indexOf(';');
    return (semicolon < 0 ? type : type.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
  }

  /**
   * The media type, when it is one of {@code accepted}.
   *
   * <p>A refused body is read and dropped first (when within the limit), so that the client's
   * connection stays usable: a server that answers before reading the body must otherwise close the
   * connection, which a client that reuses it sees as an empty answer to its next request.
   *
   * @throws Problem.Raised 415 naming what was sent and what is accepted
   */
  String require(Context ctx, List<String> accepted) {
    String type = mediaType(ctx);
    if (!accepted.contains(type)) {
      Problem refusal = Problem.of("unsupported-media-type", 415, "Unsupported media type",
          (type.isEmpty() ? "the request has no Content-Type" : "Content-Type " + Echo.of(type) + " is not accepted here")
              + "; send " + String.join(" or ", accepted))
          .withHeader("Accept-Post", String.join(", ", accepted));
      throw (drain(ctx) ? refusal : refusal.withHeader("Connection", "close")).raise();
    }
    return type;
  }

  /**
   * Reads and drops what is left of the body when it is within the limit (nothing when it was read
   * already); false when it was left unread, and the connection must then close.
   */
  boolean drain(Context ctx) {
    if (ctx.req().getContentLengthLong() > limit) {
      return false;
    }
    try (InputStream in = ctx.req().getInputStream()) {
      byte[] buffer = new byte[8192];
      long total = 0;
      for (int n; (n = in.read(buffer)) >= 0; ) {
        total += n;
        if (total > limit) {
          return false;
        }
      }
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * The whole body.
   *
   * @throws Problem.Raised 413 when it is larger than the limit, 400 when it cannot be read
   */
  byte[] read(Context ctx) {
    long declared = ctx.req().getContentLengthLong();
    if (declared > limit) {
      throw tooLarge(declared + " bytes");
    }
    try (InputStream in = ctx.req().getInputStream()) {
      byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
      if (body.length > limit) {
        throw tooLarge("more than " + limit + " bytes");
      }
      return body;
    } catch (IOException e) {
      throw Problem.of("unreadable-body", 400, "Unreadable request body",
          "the request body could not be read (" + e.getClass().getSimpleName() + "); send it again").raise();
    }
  }

  private Problem.Raised tooLarge(String size) {
    return Problem.of("body-too-large", 413, "Request body too large",
        "the request body is " + size + "; the limit is " + limit + " bytes (serve --max-body); send less, such as "
            + "one page's requests of a HAR").withHeader("Connection", "close").raise();
  }
}
