package org.gatewaydoctor.probes.rig;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Misbehaving loopback servers for tests (TEST-RIG's fake upstreams, in Java): each returns its
 * port; {@link #close()} stops them all. Threads are daemons and every socket is closed on close.
 */
public final class FakeServers implements AutoCloseable {

  /** What a TCP fake does with one accepted connection. */
  @FunctionalInterface
  interface Behaviour {
    void serve(Socket s) throws IOException, InterruptedException;
  }

  private final List<Closeable> open = new CopyOnWriteArrayList<>();
  private volatile boolean closed;

  /** Accepts, reads the request, never answers (TEST-RIG :18082). */
  public int silent() throws IOException {
    return tcp(s -> {
      readRequest(s);
      Thread.sleep(600_000);
    });
  }

  /** Accepts, reads the request, closes without a byte (TEST-RIG :18083). */
  public int closesWithoutReply() throws IOException {
    return tcp(FakeServers::readRequest);
  }

  /** Answers 503 with the body {@code upstream says 503} (TEST-RIG :18081). */
  public int says503() throws IOException {
    return tcp(s -> {
      readRequest(s);
      write(s, "HTTP/1.1 503 Service Unavailable\r\nContent-Type: text/plain\r\nContent-Length: 17\r\n"
          + "Connection: close\r\n\r\nupstream says 503");
    });
  }

  /** Accepts and never reads nor writes: the connection just hangs. */
  public int acceptsAndNeverAnswers() throws IOException {
    return tcp(s -> Thread.sleep(600_000));
  }

  /** Writes a valid response one byte per second, forever. */
  public int oneBytePerSecond() throws IOException {
    return tcp(s -> {
      readRequest(s);
      byte[] head = "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
      OutputStream out = s.getOutputStream();
      for (int i = 0; !closed; i++) {
        out.write(i < head.length ? head[i] : 'x');
        out.flush();
        Thread.sleep(1000);
      }
    });
  }

  /** Answers 200 with a body that never ends (no length, written as fast as it is read). */
  public int endlessBody() throws IOException {
    return tcp(s -> {
      readRequest(s);
      OutputStream out = s.getOutputStream();
      out.write("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nConnection: close\r\n\r\n"
          .getBytes(StandardCharsets.US_ASCII));
      byte[] chunk = new byte[16 * 1024];
      java.util.Arrays.fill(chunk, (byte) 'a');
      while (!closed) {
        out.write(chunk);
      }
    });
  }

  /** Answers every request with 302 to the other of /a and /b: a redirect loop. */
  public int redirectLoop() throws IOException {
    return tcp(s -> {
      while (!closed) {
        String request = readRequest(s);
        if (request.isEmpty()) {
          return;
        }
        String next = request.startsWith("GET /a") ? "/b" : "/a";
        write(s, "HTTP/1.1 302 Found\r\nLocation: " + next + "\r\nContent-Length: 0\r\n\r\n");
      }
    });
  }

  /**
   * Answers 200 with {@code Content-Encoding: gzip} and a body that inflates to {@code inflated} bytes of
   * zeros while only about a thousandth of that is sent: a gzip bomb, compressed as it is read, so
   * the server costs only what the client takes.
   */
  public int gzipBomb(long inflated) throws IOException {
    return tcp(s -> {
      readRequest(s);
      OutputStream out = s.getOutputStream();
      out.write(("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: gzip\r\n"
          + "Connection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      byte[] zeros = new byte[1024 * 1024];
      try (java.util.zip.GZIPOutputStream gzip = new java.util.zip.GZIPOutputStream(out, 64 * 1024)) {
        for (long sent = 0; sent < inflated && !closed; sent += zeros.length) {
          gzip.write(zeros, 0, (int) Math.min(zeros.length, inflated - sent));
        }
      }
    });
  }

  /** Answers 200 with one response header {@code X-Padding} of {@code size} bytes (browsers refuse such heads). */
  public int hugeHeader(int size) throws IOException {
    return tcp(s -> {
      readRequest(s);
      write(s, "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nX-Padding: " + "a".repeat(size)
          + "\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok");
    });
  }

  /** Answers with a status line that has no status code ({@code HTTP/1.1 Bad Gateway}), then a page. */
  public int malformedStatusLine() throws IOException {
    return tcp(s -> {
      readRequest(s);
      write(s, "HTTP/1.1 Bad Gateway\r\nContent-Type: text/plain\r\nContent-Length: 11\r\n"
          + "Connection: close\r\n\r\nBad Gateway");
    });
  }

  /**
   * Redirects {@code /0} to {@code /1} and so on to {@code /hops}, which answers nginx's own 502 page
   * (TEST-RIG section 1): a chain a browser follows to a gateway error.
   */
  public int redirectChainTo502(int hops) throws IOException {
    return tcp(s -> {
      while (!closed) {
        String request = readRequest(s);
        if (request.isEmpty()) {
          return;
        }
        String path = request.split(" ", 3).length > 1 ? request.split(" ", 3)[1] : "/0";
        int step = path.matches("/\\d+") ? Integer.parseInt(path.substring(1)) : 0;
        if (step < hops) {
          write(s, "HTTP/1.1 302 Found\r\nLocation: /" + (step + 1) + "\r\nContent-Length: 0\r\n\r\n");
        } else {
          String page = "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad "
              + "Gateway</h1></center>\r\n<hr><center>nginx/1.22.1</center>\r\n</body>\r\n</html>\r\n";
          write(s, "HTTP/1.1 502 Bad Gateway\r\nServer: nginx/1.22.1\r\nContent-Type: text/html\r\nContent-Length: "
              + page.length() + "\r\n\r\n" + page);
        }
      }
    });
  }

  /**
   * A UDP DNS server that answers every query with the TC (truncated) bit and no records, so a
   * client must retry over TCP (RFC 1035 4.2.1), where nothing listens on this port.
   */
  public int dnsTruncated() throws IOException {
    return udp(q -> {
      byte[] r = header(q, 0x8000 | 0x0200 | (q[2] & 0x01) << 8 | 0x0080); // QR, TC, RD copied, RA
      return java.util.Arrays.copyOf(r, 12 + questionLength(q));
    });
  }

  /**
   * A UDP DNS server that knows one {@code name}: it answers its A queries with {@code address}
   * (IPv4, TTL 0), its other types with no records, and NXDOMAIN for every other name (an honest
   * resolver: the probes' canary names must not exist), each only after {@code delay}.
   */
  public int dnsDelayed(String name, InetAddress address, java.time.Duration delay) throws IOException {
    return udp(q -> answerA(q, name, address), delay);
  }

  /**
   * The reply to {@code q}: for {@code name}, one A record for an A question (RFC 1035 4.1.3) and none
   * for other types; NXDOMAIN (RCODE 3) for any other name.
   */
  private static byte[] answerA(byte[] q, String name, InetAddress address) {
    int question = questionLength(q);
    int qtype = ((q[12 + question - 4] & 0xff) << 8) | (q[12 + question - 3] & 0xff);
    boolean known = questionName(q).equalsIgnoreCase(name);
    byte[] r = header(q, 0x8000 | (q[2] & 0x01) << 8 | 0x0080 | (known ? 0 : 3));
    r = java.util.Arrays.copyOf(r, 12 + question);
    if (qtype != 1 || !known) {
      return r;
    }
    r[7] = 1; // ANCOUNT
    byte[] rr = {(byte) 0xc0, 12, 0, 1, 0, 1, 0, 0, 0, 0, 0, 4}; // name -> question, A, IN, TTL 0, 4 bytes
    byte[] out = java.util.Arrays.copyOf(r, r.length + rr.length + 4);
    System.arraycopy(rr, 0, out, r.length, rr.length);
    System.arraycopy(address.getAddress(), 0, out, r.length + rr.length, 4);
    return out;
  }

  /** {@code q} with {@code flags} and no answer, authority or additional records (drops EDNS too). */
  private static byte[] header(byte[] q, int flags) {
    byte[] r = q.clone();
    r[2] = (byte) (flags >> 8);
    r[3] = (byte) flags;
    for (int i = 6; i < 12; i++) {
      r[i] = 0;
    }
    return r;
  }

  /** A UDP "DNS server" that receives and never answers. */
  public int dnsBlackhole() throws IOException {
    return udp(null);
  }

  /** A UDP "DNS server" that answers every query with random bytes. */
  public int dnsGarbage() throws IOException {
    Random random = new Random(42);
    return udp(q -> {
      byte[] junk = new byte[7 + random.nextInt(40)];
      random.nextBytes(junk);
      return junk;
    });
  }

  /** A UDP DNS server that answers SERVFAIL to everything (TEST-RIG §4's :18555). */
  public int dnsServfail() throws IOException {
    return udp(q -> {
      byte[] r = header(q, 0x8000 | (q[2] & 0x01) << 8 | 0x0080 | 2); // QR, RD copied, RA, RCODE=2
      return java.util.Arrays.copyOf(r, 12 + questionLength(q));
    });
  }

  /** The question's name, dotted, without the final dot. */
  private static String questionName(byte[] q) {
    StringBuilder name = new StringBuilder();
    for (int i = 12; i < q.length && q[i] != 0; i += (q[i] & 0xff) + 1) {
      name.append(name.length() == 0 ? "" : ".").append(new String(q, i + 1, q[i] & 0xff, StandardCharsets.US_ASCII));
    }
    return name.toString();
  }

  private static int questionLength(byte[] q) {
    int i = 12;
    while (i < q.length && q[i] != 0) {
      i += (q[i] & 0xff) + 1;
    }
    return i + 1 + 4 - 12;
  }

  int tcp(Behaviour behaviour) throws IOException {
    ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    open.add(server);
    daemon(() -> {
      while (!closed) {
        Socket s;
        try {
          s = server.accept();
        } catch (IOException e) {
          return;
        }
        open.add(s);
        daemon(() -> {
          try (s) {
            behaviour.serve(s);
          } catch (IOException | InterruptedException e) {
            // the client went away or the test ended
          }
        });
      }
    });
    return server.getLocalPort();
  }

  private int udp(java.util.function.UnaryOperator<byte[]> answer) throws IOException {
    return udp(answer, java.time.Duration.ZERO);
  }

  /**
   * A UDP server on loopback that answers each datagram with {@code answer} (none when null), after
   * {@code delay} when it is positive (each late answer on its own thread, so one slow answer never
   * holds up the next question).
   */
  private int udp(java.util.function.UnaryOperator<byte[]> answer, java.time.Duration delay) throws IOException {
    DatagramSocket socket = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
    open.add(socket);
    daemon(() -> {
      byte[] buf = new byte[4096];
      while (!closed) {
        DatagramPacket p = new DatagramPacket(buf, buf.length);
        try {
          socket.receive(p);
        } catch (IOException e) {
          return;
        }
        if (answer == null) {
          continue;
        }
        byte[] q = java.util.Arrays.copyOf(p.getData(), p.getLength());
        java.net.SocketAddress client = p.getSocketAddress();
        Runnable reply = () -> {
          try {
            Thread.sleep(delay.toMillis());
            byte[] r = answer.apply(q);
            socket.send(new DatagramPacket(r, r.length, client));
          } catch (IOException | InterruptedException e) {
            // the client went away or the test ended
          }
        };
        if (delay.isZero()) {
          reply.run();
        } else {
          daemon(reply);
        }
      }
    });
    return socket.getLocalPort();
  }

  /** Reads one request head (up to the blank line); "" when the peer closed. */
  static String readRequest(Socket s) throws IOException {
    InputStream in = s.getInputStream();
    StringBuilder head = new StringBuilder();
    int c;
    while ((c = in.read()) != -1) {
      head.append((char) c);
      if (head.length() >= 4 && head.substring(head.length() - 4).equals("\r\n\r\n")) {
        break;
      }
    }
    return head.toString();
  }

  private static void write(Socket s, String text) throws IOException {
    s.getOutputStream().write(text.getBytes(StandardCharsets.US_ASCII));
    s.getOutputStream().flush();
  }

  private static void daemon(Runnable r) {
    Thread t = new Thread(r, "fake-server");
    t.setDaemon(true);
    t.start();
  }

  @Override
  public void close() {
    closed = true;
    for (Closeable c : open) {
      try {
        c.close();
      } catch (IOException e) {
        // closing anyway
      }
    }
  }
}
