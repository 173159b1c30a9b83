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
      byte[] r = q.clone();
      int flags = 0x8000 | (q[2] & 0x01) << 8 | 0x0080 | 2; // QR, RD copied, RA, RCODE=2
      r[2] = (byte) (flags >> 8);
      r[3] = (byte) flags;
      for (int i = 6; i < 12; i++) {
        r[i] = 0; // no answer, authority or additional records (drops the EDNS OPT too)
      }
      return java.util.Arrays.copyOf(r, 12 + questionLength(q));
    });
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
    DatagramSocket socket = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
    open.add(socket);
    daemon(() -> {
      byte[] buf = new byte[4096];
      while (!closed) {
        DatagramPacket p = new DatagramPacket(buf, buf.length);
        try {
          socket.receive(p);
          if (answer != null) {
            byte[] r = answer.apply(java.util.Arrays.copyOf(p.getData(), p.getLength()));
            socket.send(new DatagramPacket(r, r.length, p.getSocketAddress()));
          }
        } catch (IOException e) {
          return;
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
