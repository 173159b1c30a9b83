package org.gatewaydoctor.probes.net;

import java.io.EOFException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.ProtocolException;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLException;
import org.gatewaydoctor.facts.http.HttpFailure;
import org.gatewaydoctor.probes.egress.EgressDeniedException;

/** Names what an I/O failure of an HTTP call means, from the exception and the phase it came in. */
final class Failures {

  /** Okio's words for a line without its end, {@code \n not found: limit=N} (the text is in lower case). */
  private static final Pattern LINE_LIMIT = Pattern.compile("n not found: limit=(\\d+)");

  /** Bytes of one head line beyond which the line is broken HTTP rather than a cut: {@value}. */
  private static final int HEAD_LINE_TOO_LONG = 64 * 1024;

  private Failures() {}

  /** Why no response arrived. {@code cut}: whether the run's deadline, not our own timeout, ended it. */
  static HttpFailure classify(IOException e, PhaseTimer timer, boolean cut) {
    if (EgressDeniedException.in(e)) {
      return HttpFailure.POLICY;
    }
    if (has(e, UnknownHostException.class)) {
      return HttpFailure.DNS;
    }
    if (timedOut(e)) {
      if (cut) {
        return HttpFailure.DEADLINE;
      }
      return timer.connected() ? HttpFailure.READ_TIMEOUT : HttpFailure.CONNECT_TIMEOUT;
    }
    if (has(e, SSLException.class)) {
      return HttpFailure.TLS;
    }
    if (has(e, ConnectException.class) && !has(e, NoRouteToHostException.class)) {
      return text(e).contains("refused") ? HttpFailure.REFUSED : HttpFailure.OTHER;
    }
    String t = text(e);
    if (has(e, ProtocolException.class) || headTooLarge(t)) {
      return HttpFailure.PROTOCOL;
    }
    if (has(e, EOFException.class) || t.contains("unexpected end of stream") || t.contains("reset")
        || (has(e, SocketException.class) && t.contains("closed"))) {
      return HttpFailure.RESET;
    }
    return HttpFailure.OTHER;
  }

  /** A one-line technical description naming the phase. */
  static String describe(IOException e, PhaseTimer timer, String url) {
    String phase = timer.gotHeaders() ? "while reading the body" : timer.inTls() ? "during the TLS handshake"
        : timer.connected() ? "after connecting, waiting for the response" : "before a connection was made";
    return oneLine(e) + " (" + phase + (timer.remoteAddress() == null ? "" : ", peer " + timer.remoteAddress())
        + ", " + url + ")";
  }

  /** The exception chain as one short line, in words ({@link FailureWords}). */
  static String oneLine(Throwable e) {
    return FailureWords.of(e);
  }

  /**
   * Whether OkHttp gave up on a response head line longer than its limit (256 KiB for the whole
   * head): Okio then reports {@code \n not found: limit=N} with N the bytes it held, the same words
   * as for a stream that ended mid-line, which holds only what arrived. A line of more than
   * {@value #HEAD_LINE_TOO_LONG} bytes is no head any browser takes (Chrome refuses heads over 256 KiB,
   * ERR_RESPONSE_HEADERS_TOO_BIG), so it is the server speaking broken HTTP, not a cut connection.
   */
  private static boolean headTooLarge(String text) {
    Matcher m = LINE_LIMIT.matcher(text);
    return m.find() && Long.parseLong(m.group(1)) > HEAD_LINE_TOO_LONG;
  }

  private static boolean timedOut(IOException e) {
    for (Throwable c = e; c != null; c = c.getCause()) {
      if (c instanceof InterruptedIOException) {
        return true; // SocketTimeoutException, OkHttp's call timeout ("timeout") and interruption
      }
    }
    return text(e).contains("canceled");
  }

  private static boolean has(Throwable e, Class<? extends Throwable> type) {
    for (Throwable c = e; c != null; c = c.getCause()) {
      if (type.isInstance(c)) {
        return true;
      }
      for (Throwable s : c.getSuppressed()) {
        if (type.isInstance(s)) {
          return true;
        }
      }
    }
    return false;
  }

  private static String text(Throwable e) {
    StringBuilder out = new StringBuilder();
    for (Throwable c = e; c != null; c = c.getCause()) {
      out.append(' ').append(c.getMessage());
    }
    return out.toString().toLowerCase(Locale.ROOT);
  }
}
