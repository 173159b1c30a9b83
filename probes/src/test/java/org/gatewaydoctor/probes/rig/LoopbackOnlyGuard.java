package org.gatewaydoctor.probes.rig;

import java.net.InetAddress;
import java.security.Permission;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * While installed, refuses (and records) every attempt of this JVM to resolve a name or to send
 * anywhere but loopback: the proof that generated input never makes the product probe the outside
 * world, whatever code path it takes. The JDK asks the security manager before each name lookup
 * ({@code checkConnect(host, -1)}), each TCP connect and each UDP send, so a refused attempt is
 * stopped before a packet or a DNS query leaves; the refusal is a {@link SecurityException} the
 * product sees as a failed connection, and the test fails on {@link #attempts()}. Every other
 * permission is granted, so nothing else changes.
 *
 * <p>Java 17 still allows {@link System#setSecurityManager} (with a deprecation warning on the
 * JVM's stderr, JEP 411); this is a test-only guard, never installed by the product.
 */
@SuppressWarnings("removal") // JEP 411: SecurityManager is the only hook before every lookup and connect.
public final class LoopbackOnlyGuard implements AutoCloseable {

  private final List<String> attempts = new CopyOnWriteArrayList<>();
  private final SecurityManager previous;

  private LoopbackOnlyGuard() {
    this.previous = System.getSecurityManager();
  }

  /**
   * Installs the guard for this JVM until {@link #close()}. JDK 18 to 23 allow it only with
   * {@code -Djava.security.manager=allow} (the api and cli modules' surefire passes it); JDK 24
   * removed security managers (JEP 486): there the guard cannot watch, says so once, and
   * {@link #attempts()} stays empty, leaving the egress policy as the only line of defence.
   */
  public static LoopbackOnlyGuard install() {
    LoopbackOnlyGuard guard = new LoopbackOnlyGuard();
    try {
      System.setSecurityManager(guard.new Manager());
    } catch (UnsupportedOperationException e) {
      System.err.println("LoopbackOnlyGuard: this JDK cannot install a security manager (" + e.getMessage()
          + "); the fuzzing runs under the egress policy alone");
    }
    return guard;
  }

  /** Every lookup or contact refused so far, as {@code host:port} (port -1 for a name lookup). */
  public List<String> attempts() {
    return List.copyOf(attempts);
  }

  /** Removes the guard (restoring the security manager before it, normally none). */
  @Override
  public void close() {
    if (System.getSecurityManager() != previous) {
      System.setSecurityManager(previous);
    }
  }

  /**
   * Whether {@code host} is a loopback IP literal (127.0.0.0/8, ::1) or the name {@code localhost}
   * (a hosts-file entry, no query). Parsed by hand: asking {@link InetAddress} about a string that is
   * not a literal would itself be a lookup, and would come back here.
   */
  static boolean loopback(String host) {
    String h = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    int zone = h.indexOf('%');
    h = zone < 0 ? h : h.substring(0, zone);
    return h.equalsIgnoreCase("localhost") || h.matches("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}")
        || h.matches("[0:]*:0{0,3}1");
  }

  private final class Manager extends SecurityManager {
    @Override
    public void checkPermission(Permission perm) {
      // everything else stays allowed
    }

    @Override
    public void checkPermission(Permission perm, Object context) {
      // everything else stays allowed
    }

    @Override
    public void checkConnect(String host, int port) {
      refuseUnlessLoopback(host, port);
    }

    @Override
    public void checkConnect(String host, int port, Object context) {
      refuseUnlessLoopback(host, port);
    }

    @Override
    public void checkMulticast(InetAddress address) {
      refuseUnlessLoopback(address.getHostAddress(), 0);
    }

    @Override
    public void checkAccept(String host, int port) {
      // a loopback server accepting its test client
    }

    private void refuseUnlessLoopback(String host, int port) {
      if (!loopback(host)) {
        attempts.add(host + ":" + port);
        throw new SecurityException("LoopbackOnlyGuard: no traffic to " + host + ":" + port);
      }
    }
  }
}
