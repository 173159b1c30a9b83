package org.gatewaydoctor.probes.rig;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A daemon (nginx, haproxy, squid, dnsmasq) run in the foreground for one test class, always stopped. */
public final class Daemon implements AutoCloseable {

  private final Process process;
  private final Path log;

  private Daemon(Process process, Path log) {
    this.process = process;
    this.log = log;
  }

  /** Starts {@code command} in {@code dir} and waits until TCP {@code port} on 127.0.0.1 accepts. */
  public static Daemon startTcp(Path dir, List<String> command, int port, Duration wait) throws Exception {
    Daemon d = start(dir, command);
    long until = System.nanoTime() + wait.toNanos();
    while (System.nanoTime() < until) {
      if (!d.process.isAlive()) {
        throw new IllegalStateException(command.get(0) + " exited " + d.process.exitValue() + ": " + d.log());
      }
      try (Socket s = new Socket()) {
        s.connect(new InetSocketAddress("127.0.0.1", port), 200);
        return d;
      } catch (IOException e) {
        Thread.sleep(50);
      }
    }
    d.close();
    throw new IllegalStateException(command.get(0) + " did not accept on " + port + " within " + wait + ": " + d.log());
  }

  /** Starts {@code command} and waits until its output contains {@code marker}. */
  public static Daemon startUntil(Path dir, List<String> command, String marker, Duration wait) throws Exception {
    Daemon d = start(dir, command);
    long until = System.nanoTime() + wait.toNanos();
    while (System.nanoTime() < until) {
      if (d.log().contains(marker)) {
        return d;
      }
      if (!d.process.isAlive()) {
        throw new IllegalStateException(command.get(0) + " exited " + d.process.exitValue() + ": " + d.log());
      }
      Thread.sleep(50);
    }
    d.close();
    throw new IllegalStateException(command.get(0) + " did not print \"" + marker + "\" within " + wait + ": " + d.log());
  }

  private static Daemon start(Path dir, List<String> command) throws IOException {
    Path log = dir.resolve(Path.of(command.get(0)).getFileName() + ".out");
    Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
        .redirectOutput(log.toFile()).start();
    return new Daemon(p, log);
  }

  /** What the daemon printed so far. */
  public String log() {
    try {
      return Files.exists(log) ? Files.readString(log) : "";
    } catch (IOException e) {
      return "(log unreadable: " + e + ")";
    }
  }

  /** A TCP port that was free a moment ago on 127.0.0.1. */
  public static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }

  /** SIGTERM, then waits (SIGKILL after 5 s); never leaves the daemon running. */
  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(5, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        process.waitFor(5, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }
}
