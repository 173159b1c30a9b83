package org.gatewaydoctor.probes.rig;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** dnsmasq on a free loopback port with a given configuration body (TEST-RIG §4). */
public final class Dnsmasq implements AutoCloseable {

  private final Daemon daemon;
  private final int port;

  private Dnsmasq(Daemon daemon, int port) {
    this.daemon = daemon;
    this.port = port;
  }

  /** Starts dnsmasq in {@code dir} with the common lines plus {@code records}. */
  public static Dnsmasq start(Path dir, String records) throws Exception {
    Path bin = RequiresBinary.require("dnsmasq");
    Files.createDirectories(dir);
    int port = Daemon.freePort();
    String conf = "port=" + port + "\nlisten-address=127.0.0.1\nbind-interfaces\nno-resolv\nno-hosts\nno-poll\n"
        + "pid-file=" + dir.resolve("dnsmasq.pid") + "\nlog-facility=-\n"
        + (RequiresBinary.root() ? "user=root\ngroup=root\n" : "") + records + "\n";
    Path file = dir.resolve("dnsmasq.conf");
    Files.writeString(file, conf);
    Daemon d = Daemon.startUntil(dir, List.of(bin.toString(), "-k", "-C", file.toString()), "started, version",
        Duration.ofSeconds(10));
    return new Dnsmasq(d, port);
  }

  /** {@code 127.0.0.1:port}. */
  public String address() {
    return "127.0.0.1:" + port;
  }

  public int port() {
    return port;
  }

  @Override
  public void close() {
    daemon.close();
  }
}
