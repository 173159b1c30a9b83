package org.gatewaydoctor.probes.network;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ProxySelector;
import java.net.Socket;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import org.gatewaydoctor.facts.bundle.Observations;
import org.gatewaydoctor.facts.network.PortCheck;
import org.gatewaydoctor.facts.network.PortState;
import org.gatewaydoctor.facts.network.TlsObservation;
import org.gatewaydoctor.probes.Probe;
import org.gatewaydoctor.probes.ProbeContext;
import org.gatewaydoctor.probes.ProbeResult;
import org.gatewaydoctor.probes.TargetUrl;
import org.gatewaydoctor.probes.egress.EgressDeniedException;
import org.gatewaydoctor.probes.egress.GuardedSocketFactory;
import org.gatewaydoctor.probes.net.AddressFamily;
import org.gatewaydoctor.probes.net.NetworkAccess;

/**
 * Proxy, firewall and TLS: records the proxy configuration in effect, whether the target's ports
 * (443 and 80 by default) connect, are refused or are filtered, and the TLS certificate chain the
 * target presents with whether the JVM trusts it and whether it matches the host name. All of it
 * directly, never through a proxy: this is what the network in between does.
 */
public final class NetworkProbe implements Probe {

  /** This probe's id: {@value}. */
  public static final String ID = "network";

  private final NetworkAccess net;
  private final ProxySelector jvmProxies;
  private final String pacUrl;
  private final List<Integer> ports;
  private final Duration timeout;
  private final Duration perCheck;

  /**
   * @param jvmProxies the JVM's proxy selector to record ({@code ProxySelector.getDefault()}), or null
   * @param pacUrl a PAC URL the user gave, recorded only, or null
   * @param ports the target ports to connect to
   * @param perCheck the most one connect or handshake may take
   */
  public NetworkProbe(NetworkAccess net, ProxySelector jvmProxies, String pacUrl, List<Integer> ports,
      Duration timeout, Duration perCheck) {
    this.net = Objects.requireNonNull(net, "net");
    this.jvmProxies = jvmProxies;
    this.pacUrl = pacUrl;
    this.ports = List.copyOf(ports);
    this.timeout = Objects.requireNonNull(timeout, "timeout");
    this.perCheck = Objects.requireNonNull(perCheck, "perCheck");
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Duration timeout() {
    return timeout;
  }

  @Override
  public ProbeResult run(ProbeContext context) throws InterruptedException {
    TargetUrl url = context.url();
    Observations.Builder o = Observations.builder()
        .proxies(ProxySettings.of(net.proxies(), jvmProxies, pacUrl, url));
    String host = url.host();
    InetAddress address;
    try {
      address = net.dns(context.deadline(), AddressFamily.ANY).lookup(host).get(0);
    } catch (EgressDeniedException e) {
      o.ports(ports.stream().map(p -> new PortCheck(host, null, p, PortState.SKIPPED, null, e.getMessage())).toList());
      return ProbeResult.skipped(o.build(), "ports and TLS not checked: " + e.getMessage());
    } catch (UnknownHostException e) {
      o.ports(ports.stream().map(p -> new PortCheck(host, null, p, PortState.SKIPPED, null,
          "the name did not resolve: " + e.getMessage())).toList());
      return ProbeResult.ok(o.build()).withReason("ports and TLS not checked: " + e.getMessage());
    }
    GuardedSocketFactory sockets = GuardedSocketFactory.of(net.policy());
    ExecutorService pool = Executors.newFixedThreadPool(ports.size() + 1, r -> {
      Thread t = new Thread(r, "probe-network");
      t.setDaemon(true);
      return t;
    });
    AtomicReference<Socket> tlsSocket = new AtomicReference<>();
    try {
      Duration budget = context.budget(perCheck);
      PortChecker checker = new PortChecker(sockets, net.clock());
      List<CompletableFuture<PortCheck>> checks = new ArrayList<>();
      for (int port : ports) {
        InetSocketAddress to = new InetSocketAddress(address, port);
        checks.add(CompletableFuture.supplyAsync(() -> checker.check(host, to, budget), pool));
      }
      CompletableFuture<TlsObservation> tls = url.https()
          ? CompletableFuture.supplyAsync(() -> new TlsInspector(sockets).inspect(host,
              new InetSocketAddress(address, url.port()), budget, tlsSocket), pool)
          : null;
      boolean cut = false;
      List<PortCheck> portChecks = new ArrayList<>();
      for (int i = 0; i < checks.size(); i++) {
        try {
          portChecks.add(checks.get(i).get(context.remaining().toNanos(), TimeUnit.NANOSECONDS));
        } catch (TimeoutException | ExecutionException e) {
          cut = true;
          portChecks.add(new PortCheck(host, null, ports.get(i), PortState.ERROR, null, "not finished by the deadline"));
        }
      }
      o.ports(portChecks);
      if (tls != null) {
        try {
          o.tls(List.of(tls.get(context.remaining().toNanos(), TimeUnit.NANOSECONDS)));
        } catch (TimeoutException | ExecutionException e) {
          cut = true;
          o.tls(List.of(new TlsObservation(host, url.port(), null, false, null, List.of(), List.of(), null, null, null,
              "handshake not finished by the deadline")));
        }
      }
      return cut ? ProbeResult.timedOut(o.build(), "some checks were still running at the deadline")
          : ProbeResult.ok(o.build());
    } finally {
      closeQuietly(tlsSocket.get()); // unblocks a handshake that a slow peer drips out
      pool.shutdownNow();
    }
  }

  private static void closeQuietly(Socket s) {
    if (s != null) {
      try {
        s.close();
      } catch (java.io.IOException e) {
        // closing to abandon it; nothing to record
      }
    }
  }
}
