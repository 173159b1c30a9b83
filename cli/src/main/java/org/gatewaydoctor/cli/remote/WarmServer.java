package org.gatewaydoctor.cli.remote;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gatewaydoctor.cli.ExitCode;
import org.gatewaydoctor.facts.Echo;
import org.gatewaydoctor.facts.bundle.BundleReader;
import org.gatewaydoctor.facts.bundle.FactBundle;
import org.gatewaydoctor.facts.report.Side;

/**
 * Hands {@code diagnose --facts FILE} to a running {@code gateway-doctor serve} named by
 * {@value #VARIABLE}, so that a script diagnosing bundle after bundle pays neither the rule base's
 * start nor its cold code: the server is warm, this process only sends the file and prints the answer
 * (issue 15: a tenth of the CPU of a diagnosis in this process).
 *
 * <p>Only when the server's answer is the one this process would print, byte for byte: a saved
 * bundle of this tool's schema version, a format other than coloured text, and no option the server
 * does not take (a browser, a rule directory, a configuration file, saving, watching). Anything else,
 * a server that does not answer, or an answer other than a report, and the command runs here as
 * always; a server that cannot be reached is mentioned once on standard error. The server must be
 * on this machine (a loopback address): a bundle is not sent anywhere else.
 *
 * <p>Deliberately light: it runs before the command line is parsed and before the rule base starts
 * loading, with the JDK's own HTTP client, and touches neither picocli nor Drools.
 */
public final class WarmServer {

  /** The environment variable naming the server, e.g. {@code http://127.0.0.1:8080}. */
  public static final String VARIABLE = "GATEWAY_DOCTOR_SERVER";

  /** The response header that carries the verdict's side (the API's {@code Responses.SIDE_HEADER}). */
  static final String SIDE_HEADER = "Gateway-Doctor-Side";

  /** How long a connection to the server may take: it is on this machine, or it is not there. */
  static final int CONNECT_MILLIS = 300;

  /** How long the server may take to answer: far more than a warm diagnosis, less than a user's patience. */
  static final int READ_MILLIS = 20_000;

  private static final Pattern SCHEMA = Pattern.compile("\"schemaVersion\"\\s*:\\s*\"([0-9.]+)\"");

  private WarmServer() {}

  /** What a command line asks of the server: the bundle file and the report format. */
  record Request(Path facts, String format) {

    /** The {@code Accept} header for the format. */
    String accept() {
      return switch (format) {
        case "json" -> "application/json";
        case "markdown" -> "text/markdown";
        case "html" -> "text/html";
        default -> "text/plain";
      };
    }
  }

  /**
   * Diagnoses through the server when {@code env} names one and {@code args} is a command it answers
   * exactly as this process would.
   *
   * @param colourText whether a text report here would be coloured (standard output is a terminal)
   * @return the exit code when the server answered (the report is then on {@code out}); empty to run
   *     the command in this process
   */
  public static OptionalInt diagnose(String[] args, Map<String, String> env, boolean colourText, PrintStream out,
      PrintStream err) {
    String server = env.get(VARIABLE);
    if (server == null || server.isBlank()) {
      return OptionalInt.empty();
    }
    Optional<Request> request = request(List.of(args));
    if (request.isEmpty() || colourText && request.get().format().equals("text")) {
      return OptionalInt.empty();
    }
    Optional<URI> endpoint = endpoint(server.trim());
    if (endpoint.isEmpty()) {
      err.println("gateway-doctor: " + VARIABLE + " must be an http URL on this machine, such as "
          + "http://127.0.0.1:8080, got " + Echo.of(server) + "; diagnosing in this process");
      return OptionalInt.empty();
    }
    byte[] bundle = readable(request.get().facts());
    if (bundle == null) {
      return OptionalInt.empty();
    }
    try {
      return post(endpoint.get(), request.get(), bundle, out);
    } catch (IOException e) {
      err.println("gateway-doctor: no answer from the server at " + Echo.url(server) + " (" + Echo.of(e.getMessage())
          + "); diagnosing in this process");
      return OptionalInt.empty();
    }
  }

  /**
   * The request {@code args} makes, when it is {@code diagnose --facts FILE} with at most
   * {@code --format FORMAT} besides (either as {@code --opt value} or {@code --opt=value}).
   */
  static Optional<Request> request(List<String> args) {
    if (args.isEmpty() || !args.get(0).equals("diagnose")) {
      return Optional.empty();
    }
    String facts = null;
    String format = "text";
    for (int i = 1; i < args.size(); i++) {
      String arg = args.get(i);
      int eq = arg.indexOf('=');
      String name = eq > 0 ? arg.substring(0, eq) : arg;
      if (!name.equals("--facts") && !name.equals("--format")) {
        return Optional.empty();
      }
      String value;
      if (eq > 0) {
        value = arg.substring(eq + 1);
      } else if (i + 1 < args.size()) {
        value = args.get(++i);
      } else {
        return Optional.empty();
      }
      if (name.equals("--facts")) {
        if (facts != null || value.isEmpty() || value.startsWith("-")) {
          return Optional.empty();
        }
        facts = value;
      } else {
        format = value;
      }
    }
    if (facts == null || !List.of("text", "json", "markdown", "html").contains(format)) {
      return Optional.empty();
    }
    return Optional.of(new Request(Path.of(facts), format));
  }

  /** {@code server}'s diagnoses route, when it is an http(s) URL with a loopback host. */
  static Optional<URI> endpoint(String server) {
    try {
      URI uri = new URI(server);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      String host = uri.getHost();
      if (!(scheme.equals("http") || scheme.equals("https")) || host == null || !loopback(host)
          || uri.getUserInfo() != null || uri.getQuery() != null || uri.getFragment() != null) {
        return Optional.empty();
      }
      String path = uri.getPath() == null ? "" : uri.getPath().replaceAll("/+$", "");
      return Optional.of(new URI(scheme, null, host, uri.getPort(), path + "/v1/diagnoses", null, null));
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
  }

  /** Loopback by its literal form: a name other than localhost would need a resolver to say so. */
  private static boolean loopback(String host) {
    String h = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
    return h.equalsIgnoreCase("localhost") || h.equals("::1") || h.equals("0:0:0:0:0:0:0:1")
        || h.matches("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}");
  }

  /**
   * The file's bytes when the server would read it as this process does: within the size limit and
   * of this tool's schema version (an older or newer one brings messages this process words itself).
   */
  private static byte[] readable(Path file) {
    try {
      if (!Files.isRegularFile(file) || Files.size(file) > BundleReader.MAX_BYTES) {
        return null;
      }
      byte[] bytes = Files.readAllBytes(file);
      int head = Math.min(bytes.length, 4096);
      Matcher m = SCHEMA.matcher(new String(bytes, 0, head, StandardCharsets.ISO_8859_1));
      return m.find() && m.group(1).equals(FactBundle.SCHEMA_VERSION) ? bytes : null;
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  private static OptionalInt post(URI endpoint, Request request, byte[] bundle, PrintStream out) throws IOException {
    HttpURLConnection c = (HttpURLConnection) endpoint.toURL().openConnection();
    try {
      c.setConnectTimeout(CONNECT_MILLIS);
      c.setReadTimeout(READ_MILLIS);
      c.setUseCaches(false);
      c.setInstanceFollowRedirects(false);
      c.setRequestMethod("POST");
      c.setDoOutput(true);
      c.setFixedLengthStreamingMode(bundle.length);
      c.setRequestProperty("Content-Type", "application/json");
      c.setRequestProperty("Accept", request.accept());
      try (OutputStream body = c.getOutputStream()) {
        body.write(bundle);
      }
      int status = c.getResponseCode();
      Side side = side(c.getHeaderField(SIDE_HEADER));
      if (status != 200 || side == null) {
        // A refusal (a bundle the server reads differently, a rate limit) is answered here, in this
        // process's own words; the error body is drained so that nothing is left half-read.
        try (InputStream ignored = status >= 400 ? c.getErrorStream() : c.getInputStream()) {
          return OptionalInt.empty();
        }
      }
      byte[] report;
      try (InputStream in = c.getInputStream()) {
        report = in.readAllBytes();
      }
      out.write(report);
      out.flush();
      return OptionalInt.of(ExitCode.of(side).code());
    } finally {
      c.disconnect();
    }
  }

  private static Side side(String header) {
    if (header == null) {
      return null;
    }
    try {
      return Side.valueOf(header.trim());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
