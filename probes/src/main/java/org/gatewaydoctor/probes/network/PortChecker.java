package org.gatewaydoctor.probes.network;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.NoRouteToHostException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.gatewaydoctor.facts.network.PortCheck;
import org.gatewaydoctor.facts.network.PortState;
import org.gatewaydoctor.probes.egress.EgressDeniedException;
import org.gatewaydoctor.probes.egress.GuardedSocketFactory;
import org.gatewaydoctor.probes.net.ResolverEndpoint;

/** One TCP connect: open, refused (a reset came back), filtered (nothing came back in time) or an error. */
final class PortChecker {

  private final GuardedSocketFactory sockets;
  private final Clock clock;

  PortChecker(GuardedSocketFactory sockets, Clock clock) {
    this.sockets = sockets;
    this.clock = clock;
  }

  PortCheck check(String host, InetSocketAddress to, Duration budget) {
    Instant start = clock.instant();
    String addr = ResolverEndpoint.hostPort(to);
    try (Socket s = sockets.createSocket()) {
      s.connect(to, (int) Math.max(1, budget.toMillis()));
      return new PortCheck(host, addr, to.getPort(), PortState.OPEN, ms(start), null);
    } catch (EgressDeniedException e) {
      return new PortCheck(host, addr, to.getPort(), PortState.SKIPPED, null, e.getMessage());
    } catch (SocketTimeoutException e) {
      // A DROP rule answers nothing: the connect times out (TEST-RIG §5), unlike REJECT (a reset).
      return new PortCheck(host, addr, to.getPort(), PortState.FILTERED, ms(start),
          "no answer within " + budget.toMillis() + " ms");
    } catch (NoRouteToHostException e) {
      return new PortCheck(host, addr, to.getPort(), PortState.ERROR, ms(start), "no route: " + e.getMessage());
    } catch (ConnectException e) {
      boolean refused = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT).contains("refused");
      return new PortCheck(host, addr, to.getPort(), refused ? PortState.REFUSED : PortState.ERROR, ms(start),
          e.getMessage());
    } catch (IOException e) {
      return new PortCheck(host, addr, to.getPort(), PortState.ERROR, ms(start), e.toString());
    }
  }

  private Double ms(Instant start) {
    return Duration.between(start, clock.instant()).toNanos() / 1e6;
  }
}
