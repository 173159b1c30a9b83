package org.gatewaydoctor.probes.egress;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketAddress;
import java.util.Objects;
import java.util.function.Predicate;
import javax.net.SocketFactory;

/**
 * Plain sockets that refuse to connect where the policy does not allow: the last line of defence
 * under every client (OkHttp dials through it for direct routes, proxies and TLS alike, because
 * TLS is layered on a socket from here).
 */
public final class GuardedSocketFactory extends SocketFactory {

  private final Predicate<InetAddress> allowed;
  private final String policy;

  /**
   * @param allowed which addresses may be dialled
   * @param policy the policy's description, for the denial message
   */
  public GuardedSocketFactory(Predicate<InetAddress> allowed, String policy) {
    this.allowed = Objects.requireNonNull(allowed, "allowed");
    this.policy = Objects.requireNonNull(policy, "policy");
  }

  /** Sockets that check the policy before connecting to {@code policy}'s addresses. */
  public static GuardedSocketFactory of(EgressPolicy policy) {
    return new GuardedSocketFactory(policy::allows, policy.describe());
  }

  @Override
  public Socket createSocket() {
    return new GuardedSocket();
  }

  @Override
  public Socket createSocket(String host, int port) throws IOException {
    throw new UnsupportedOperationException("connect by address, after resolving through the probes' DNS");
  }

  @Override
  public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
    throw new UnsupportedOperationException("connect by address, after resolving through the probes' DNS");
  }

  @Override
  public Socket createSocket(InetAddress host, int port) throws IOException {
    Socket s = createSocket();
    s.connect(new InetSocketAddress(host, port));
    return s;
  }

  @Override
  public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort) throws IOException {
    Socket s = createSocket();
    s.bind(new InetSocketAddress(localAddress, localPort));
    s.connect(new InetSocketAddress(address, port));
    return s;
  }

  private final class GuardedSocket extends Socket {
    @Override
    public void connect(SocketAddress endpoint, int timeout) throws IOException {
      if (endpoint instanceof InetSocketAddress a) {
        if (a.isUnresolved()) {
          throw new EgressDeniedException("refusing to dial unresolved " + a.getHostString()
              + "; names are resolved through the probes' DNS first");
        }
        if (!allowed.test(a.getAddress())) {
          throw new EgressDeniedException("egress policy (" + policy + ") does not allow "
              + a.getAddress().getHostAddress());
        }
      }
      super.connect(endpoint, timeout);
    }
  }
}
