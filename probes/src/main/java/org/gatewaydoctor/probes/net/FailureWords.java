package org.gatewaydoctor.probes.net;

import java.io.EOFException;
import java.io.FileNotFoundException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLHandshakeException;
import org.gatewaydoctor.probes.egress.EgressDeniedException;

/**
 * A failure in words a person reads in a report ("timed out (the connection was closed)"), never a
 * Java class name: probe notes end up in reports, and "InterruptedIOException" means nothing there.
 */
public final class FailureWords {

  /** The longest description, in characters: {@value}. */
  private static final int MAX = 300;

  private FailureWords() {}

  /** {@code e} and its distinct causes, the first as the headline and the others in parentheses. */
  public static String of(Throwable e) {
    List<String> parts = new ArrayList<>();
    for (Throwable c = e; c != null && parts.size() < 4; c = c.getCause()) {
      String words = one(c);
      if (!words.isEmpty() && parts.stream().noneMatch(p -> p.contains(words) || words.contains(p))) {
        parts.add(words);
      }
    }
    if (parts.isEmpty()) {
      return "an input/output error";
    }
    String out = parts.get(0) + (parts.size() == 1 ? "" : " (" + String.join("; ", parts.subList(1, parts.size())) + ")");
    return out.length() > MAX ? out.substring(0, MAX) + "..." : out;
  }

  /** One exception in words: what its type means, then its message unless that only repeats it. */
  static String one(Throwable c) {
    String msg = c.getMessage() == null ? "" : c.getMessage().replaceAll("\\s+", " ").trim();
    if (c instanceof EgressDeniedException) {
      return msg; // the policy's own sentence ("egress policy (loopback only) does not allow ...")
    }
    String kind = kind(c);
    if (msg.isEmpty() || msg.equalsIgnoreCase("timeout") || msg.equalsIgnoreCase(kind)) {
      return kind;
    }
    if (msg.equalsIgnoreCase("socket closed")) {
      return kind.equals("a connection error") ? "the connection was closed" : kind + ": the connection was closed";
    }
    return kind + ": " + msg;
  }

  /**
   * What {@code c}'s type means, without its message (which may hold a file path from the user's
   * home): {@code permission denied}, {@code timed out}, {@code sqlite error}.
   */
  public static String kind(Throwable c) {
    if (c instanceof SocketTimeoutException || c instanceof InterruptedIOException) {
      return "timed out";
    }
    if (c instanceof UnknownHostException) {
      return "name not found";
    }
    if (c instanceof SSLHandshakeException) {
      return "the encrypted (TLS) handshake failed";
    }
    if (c instanceof SSLException) {
      return "an encrypted (TLS) connection error";
    }
    if (c instanceof NoRouteToHostException) {
      return "no route to the host";
    }
    if (c instanceof ConnectException) {
      return "could not connect";
    }
    if (c instanceof SocketException) {
      return "a connection error";
    }
    if (c instanceof EOFException) {
      return "the connection ended early";
    }
    if (c instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (c instanceof NoSuchFileException || c instanceof FileNotFoundException) {
      return "no such file";
    }
    return words(c.getClass().getSimpleName());
  }

  /** {@code CharConversionException} as {@code char conversion error}: a last resort for types not named above. */
  private static String words(String simpleName) {
    String base = simpleName.replaceAll("(Exception|Error)$", "");
    String spaced = base.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
    return spaced.isBlank() ? "an error" : spaced + " error";
  }
}
