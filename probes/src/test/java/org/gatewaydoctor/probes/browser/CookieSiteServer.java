package org.gatewaydoctor.probes.browser;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Base64;
import java.util.List;

/**
 * A loopback site that sets the cookies the real-browser tests look for, run as its own JVM
 * inside the same {@code unshare -rn} network namespace as the browser (so neither can reach
 * anything but each other). Arguments: the file to write its port to, and the file holding the
 * canary value (read from a file so it never appears on a command line or in a log).
 */
public final class CookieSiteServer {

  /** One Set-Cookie; {@code maxAge} null makes a browser-session cookie. */
  record SiteCookie(String name, String value, Long maxAge, boolean secure) {
    String header() {
      return name + "=" + value + "; Path=/" + (maxAge == null ? "" : "; Max-Age=" + maxAge) + (secure ? "; Secure" : "");
    }
  }

  /** Seconds until the session token expires: inside CookieTally.SOON (one hour), so "expiring soon". */
  static final long TOKEN_MAX_AGE = 1800;

  /** A transparent 1x1 PNG, cacheable, so the disk cache gets an entry. */
  private static final byte[] PIXEL = Base64.getDecoder().decode(
      "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

  private CookieSiteServer() {}

  /**
   * What the site sets. Browsers refuse a cookie whose name and value exceed 4096 bytes (RFC 6265
   * §6.1 minimum, enforced as a maximum by Chromium and Firefox), so "huge" is dropped while the
   * three 4000-byte cookies together make a Cookie header above 8 KiB.
   */
  static List<SiteCookie> cookies(String canary) {
    return List.of(
        new SiteCookie("sid", "s".repeat(24), 86_400L, false),
        new SiteCookie("__Secure-next-auth.session-token", "t".repeat(200), TOKEN_MAX_AGE, true),
        new SiteCookie("big0", "b".repeat(4000), 86_400L, false),
        new SiteCookie("big1", "b".repeat(4000), 86_400L, false),
        new SiteCookie("big2", "b".repeat(4000), 86_400L, false),
        new SiteCookie("huge", "h".repeat(5000), 86_400L, false),
        new SiteCookie("gd_canary", canary, 86_400L, false),
        new SiteCookie("theme", "dark", null, false));
  }

  public static void main(String[] args) throws IOException, InterruptedException {
    Path portFile = Path.of(args[0]);
    String canary = Files.readString(Path.of(args[1])).strip();
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", exchange -> serve(exchange, canary));
    server.start();
    Path tmp = portFile.resolveSibling(portFile.getFileName() + ".tmp");
    Files.writeString(tmp, Integer.toString(server.getAddress().getPort()));
    Files.move(tmp, portFile, StandardCopyOption.ATOMIC_MOVE);
    Thread.sleep(90_000); // the test kills it long before; this only bounds a forgotten server
    server.stop(0);
  }

  private static void serve(HttpExchange exchange, String canary) throws IOException {
    String path = exchange.getRequestURI().getPath();
    byte[] body;
    if (path.equals("/")) {
      for (SiteCookie c : cookies(canary)) {
        exchange.getResponseHeaders().add("Set-Cookie", c.header());
      }
      exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
      body = "<html><body>cookies set<img src=\"/pixel.png\"></body></html>".getBytes(StandardCharsets.UTF_8);
    } else if (path.equals("/pixel.png")) {
      exchange.getResponseHeaders().add("Content-Type", "image/png");
      exchange.getResponseHeaders().add("Cache-Control", "public, max-age=86400");
      body = PIXEL;
    } else {
      exchange.sendResponseHeaders(404, -1);
      exchange.close();
      return;
    }
    exchange.sendResponseHeaders(200, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }
}
