package org.gatewaydoctor.api;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A loopback web server a live check is pointed at: it answers every request with one status and
 * body (after a delay, if asked), or redirects, and counts what it received (so a test can prove
 * that nothing was sent to it).
 */
final class Upstream implements AutoCloseable {

  /** nginx's own 502 page (TEST-RIG §1), so the rule base has a gateway to name. */
  static final String NGINX_502 = "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
      + "<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx/1.22.1</center>\r\n</body>\r\n</html>\r\n";

  private final HttpServer server;
  private final AtomicInteger requests = new AtomicInteger();
  private final CountDownLatch firstRequest = new CountDownLatch(1);

  private Upstream(String address, int status, String location, String body, Duration delay) throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getByName(address), 0), 16);
    server.setExecutor(Executors.newCachedThreadPool());
    server.createContext("/", ex -> {
      requests.incrementAndGet();
      firstRequest.countDown();
      try {
        Thread.sleep(delay.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
      ex.getResponseHeaders().add("Content-Type", "text/html");
      ex.getResponseHeaders().add("Server", "nginx/1.22.1");
      if (location != null) {
        ex.getResponseHeaders().add("Location", location);
      }
      ex.sendResponseHeaders(status, bytes.length);
      try (OutputStream out = ex.getResponseBody()) {
        out.write(bytes);
      }
    });
    server.start();
  }

  /** nginx answering 502 on {@code address} (an IP literal on loopback). */
  static Upstream nginx502(String address) throws IOException {
    return new Upstream(address, 502, null, NGINX_502, Duration.ZERO);
  }

  /** As {@link #nginx502}, each answer after {@code delay}. */
  static Upstream slow502(String address, Duration delay) throws IOException {
    return new Upstream(address, 502, null, NGINX_502, delay);
  }

  /** A server on {@code address} redirecting every request to {@code location}. */
  static Upstream redirecting(String address, String location) throws IOException {
    return new Upstream(address, 302, location, "", Duration.ZERO);
  }

  int port() {
    return server.getAddress().getPort();
  }

  String url() {
    return "http://" + server.getAddress().getAddress().getHostAddress() + ":" + port() + "/";
  }

  int requests() {
    return requests.get();
  }

  /** Waits until the first request arrived. */
  boolean awaitRequest(Duration wait) throws InterruptedException {
    return firstRequest.await(wait.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
