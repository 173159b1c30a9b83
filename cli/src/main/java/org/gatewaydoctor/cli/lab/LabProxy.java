package org.gatewaydoctor.cli.lab;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * A forward proxy that cannot reach anything: it answers every request (plain or CONNECT) with
 * Squid's own ERR_CONNECT_FAIL page, as a corporate proxy does when the site is unreachable from it
 * (TEST-RIG §3 recorded the real headers and page).
 */
final class LabProxy implements AutoCloseable {

  private final ServerSocket server;
  private final Thread thread;

  LabProxy() throws IOException {
    server = new ServerSocket();
    server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
    thread = new Thread(this::serve, "lab-proxy-" + server.getLocalPort());
    thread.setDaemon(true);
    thread.start();
  }

  /** {@code http://127.0.0.1:port}, as HTTP_PROXY takes it. */
  String url() {
    return "http://127.0.0.1:" + server.getLocalPort();
  }

  private void serve() {
    while (!server.isClosed()) {
      try (Socket s = server.accept()) {
        s.setSoTimeout(2000);
        String target = readRequestTarget(s.getInputStream());
        byte[] body = LabPages.squidConnectFail(target).getBytes(StandardCharsets.UTF_8);
        String head = "HTTP/1.1 503 Service Unavailable\r\n"
            + "Server: squid/5.7\r\n"
            + "Mime-Version: 1.0\r\n"
            + "Content-Type: text/html;charset=utf-8\r\n"
            + "Content-Length: " + body.length + "\r\n"
            + "X-Squid-Error: ERR_CONNECT_FAIL 111\r\n"
            + "Vary: Accept-Language\r\n"
            + "Content-Language: en\r\n"
            + "X-Cache: MISS from proxy.lab\r\n"
            + "Via: 1.1 proxy.lab (squid/5.7)\r\n"
            + "Connection: close\r\n\r\n";
        OutputStream out = s.getOutputStream();
        out.write(head.getBytes(StandardCharsets.US_ASCII));
        out.write(body);
        out.flush();
      } catch (IOException e) {
        if (server.isClosed()) {
          return;
        }
      }
    }
  }

  /** Reads the request head and returns its target (an absolute URL or CONNECT's host:port). */
  private static String readRequestTarget(InputStream in) throws IOException {
    StringBuilder head = new StringBuilder();
    int c;
    while ((c = in.read()) >= 0 && head.length() < 8192) {
      head.append((char) c);
      if (head.length() >= 4 && head.substring(head.length() - 4).equals("\r\n\r\n")) {
        break;
      }
    }
    String[] requestLine = head.toString().split("\r\n", 2)[0].split(" ");
    return requestLine.length > 1 ? requestLine[1] : "";
  }

  @Override
  public void close() throws IOException {
    server.close();
  }
}
