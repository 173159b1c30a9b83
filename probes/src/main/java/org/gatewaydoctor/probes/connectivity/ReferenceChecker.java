package org.gatewaydoctor.probes.connectivity;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NoRouteToHostException;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import okhttp3.HttpUrl;
import org.gatewaydoctor.facts.connectivity.ReferenceCheck;
import org.gatewaydoctor.facts.connectivity.ReferenceResult;
import org.gatewaydoctor.facts.http.HttpExchange;
import org.gatewaydoctor.probes.ReferenceEndpoint;
import org.gatewaydoctor.probes.egress.EgressDeniedException;
import org.gatewaydoctor.probes.egress.GuardedSocketFactory;
import org.gatewaydoctor.probes.net.AddressFamily;
import org.gatewaydoctor.probes.net.FetchRequest;
import org.gatewaydoctor.probes.net.HttpFetcher;
import org.gatewaydoctor.probes.net.NetworkAccess;
import org.gatewaydoctor.probes.net.ResolverEndpoint;

/** Checks one reference over one address family: a TCP connect, then an HTTP request expecting an exact answer. */
final class ReferenceChecker {

  /** The most an HTTP reference answer read: 4 KiB (the expected answers are a few bytes). */
  private static final int MAX_BODY = 4096;

  private final NetworkAccess net;
  private final HttpFetcher fetcher;

  ReferenceChecker(NetworkAccess net, HttpFetcher fetcher) {
    this.net = net;
    this.fetcher = fetcher;
  }

  /** Both checks of {@code ref} over {@code family}, each bounded by {@code perCheck} and {@code deadline}. */
  List<ReferenceCheck> check(ReferenceEndpoint ref, AddressFamily family, Duration perCheck, Instant deadline) {
    Clock clock = net.clock();
    HttpUrl url = HttpUrl.parse(ref.url());
    if (url == null) {
      return List.of(result(ref, ref.url(), family, "http", null, ReferenceResult.ERROR, null, null, null,
          "not an http or https URL"));
    }
    String hostPort = url.host() + ":" + url.port();
    Instant start = clock.instant();
    InetAddress address;
    try {
      address = net.dns(earliest(deadline, start.plus(perCheck)), family).lookup(url.host()).get(0);
    } catch (EgressDeniedException e) {
      return both(ref, hostPort, family, null, ReferenceResult.SKIPPED, ms(start), e.getMessage());
    } catch (UnknownHostException e) {
      boolean noFamily = e.getMessage() != null && e.getMessage().contains("no " + family.label() + " address");
      return both(ref, hostPort, family, null, noFamily ? ReferenceResult.NO_ROUTE : ReferenceResult.DNS_FAILURE,
          ms(start), e.getMessage());
    }
    ReferenceCheck tcp = tcp(ref, hostPort, family, new InetSocketAddress(address, url.port()), perCheck, deadline);
    ReferenceCheck http = http(ref, family, address, perCheck, deadline);
    return List.of(tcp, http);
  }

  private ReferenceCheck tcp(ReferenceEndpoint ref, String hostPort, AddressFamily family, InetSocketAddress to,
      Duration perCheck, Instant deadline) {
    Instant start = net.clock().instant();
    Duration budget = budget(perCheck, deadline);
    String addr = ResolverEndpoint.hostPort(to);
    if (budget.isZero()) {
      return result(ref, hostPort, family, "tcp", addr, ReferenceResult.TIMEOUT, null, null, null,
          "no time left before the deadline");
    }
    try (Socket s = GuardedSocketFactory.of(net.policy()).createSocket()) {
      s.connect(to, (int) Math.max(1, budget.toMillis()));
      return result(ref, hostPort, family, "tcp", addr, ReferenceResult.OK, null, null, ms(start), null);
    } catch (EgressDeniedException e) {
      return result(ref, hostPort, family, "tcp", addr, ReferenceResult.SKIPPED, null, null, null, e.getMessage());
    } catch (SocketTimeoutException e) {
      return result(ref, hostPort, family, "tcp", addr, ReferenceResult.TIMEOUT, null, null, ms(start),
          "no connection within " + budget.toMillis() + " ms");
    } catch (NoRouteToHostException e) {
      return result(ref, hostPort, family, "tcp", addr, ReferenceResult.NO_ROUTE, null, null, ms(start), e.getMessage());
    } catch (ConnectException e) {
      boolean refused = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT).contains("refused");
      return result(ref, hostPort, family, "tcp", addr, refused ? ReferenceResult.REFUSED : unreachable(e), null, null,
          ms(start), e.getMessage());
    } catch (IOException e) {
      return result(ref, hostPort, family, "tcp", addr, unreachable(e), null, null, ms(start), e.toString());
    }
  }

  private ReferenceCheck http(ReferenceEndpoint ref, AddressFamily family, InetAddress address, Duration perCheck,
      Instant deadline) {
    HttpExchange e = fetcher.fetch(new FetchRequest(ref.url(), "GET", 1, 0, MAX_BODY, perCheck, family, false),
        deadline).exchange();
    Double took = e.timings().totalMs();
    String addr = e.remoteAddress();
    if (!e.answered()) {
      ReferenceResult r = switch (e.failure()) {
        case POLICY -> ReferenceResult.SKIPPED;
        case DNS -> ReferenceResult.DNS_FAILURE;
        case REFUSED -> ReferenceResult.REFUSED;
        case CONNECT_TIMEOUT, READ_TIMEOUT, DEADLINE -> ReferenceResult.TIMEOUT;
        default -> ReferenceResult.ERROR;
      };
      return result(ref, ref.url(), family, "http", addr, r, null, ref.expectation(), took, e.detail());
    }
    int status = e.status();
    if (status >= 300 && status < 400) {
      return new ReferenceCheck(ref.name(), ref.url(), family.label(), "http", addr, ReferenceResult.REDIRECTED, status,
          ref.expectation(), e.header("Location").orElse(null), took, null);
    }
    if (status != ref.expectStatus()) {
      return result(ref, ref.url(), family, "http", addr, ReferenceResult.UNEXPECTED_STATUS, status,
          ref.expectation(), took, null);
    }
    String body = e.bodyExcerpt() == null ? "" : e.bodyExcerpt().strip();
    boolean bodyOk = ref.expectBody() == null ? status != 204 || body.isEmpty() : body.equals(ref.expectBody().strip());
    return result(ref, ref.url(), family, "http", addr, bodyOk ? ReferenceResult.OK : ReferenceResult.UNEXPECTED_BODY,
        status, ref.expectation(), took, bodyOk ? null : "body starts: " + abbreviate(body));
  }

  private static ReferenceResult unreachable(IOException e) {
    String m = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
    return e instanceof SocketException && (m.contains("unreachable") || m.contains("no route")
        || m.contains("cannot assign")) ? ReferenceResult.NO_ROUTE : ReferenceResult.ERROR;
  }

  private List<ReferenceCheck> both(ReferenceEndpoint ref, String hostPort, AddressFamily family, String addr,
      ReferenceResult r, Double took, String detail) {
    return List.of(result(ref, hostPort, family, "tcp", addr, r, null, null, took, detail),
        result(ref, ref.url(), family, "http", addr, r, null, ref.expectation(), took, detail));
  }

  private static ReferenceCheck result(ReferenceEndpoint ref, String url, AddressFamily family, String method,
      String address, ReferenceResult result, Integer status, String expected, Double latencyMs, String detail) {
    return new ReferenceCheck(ref.name(), url, family.label(), method, address, result, status, expected, null,
        latencyMs, detail);
  }

  private Duration budget(Duration perCheck, Instant deadline) {
    Duration left = Duration.between(net.clock().instant(), deadline);
    if (left.isNegative()) {
      return Duration.ZERO;
    }
    return left.compareTo(perCheck) < 0 ? left : perCheck;
  }

  private Double ms(Instant start) {
    return Duration.between(start, net.clock().instant()).toNanos() / 1e6;
  }

  private static Instant earliest(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }

  private static String abbreviate(String s) {
    String one = s.replaceAll("\\s+", " ");
    return one.length() <= 80 ? one : one.substring(0, 80) + "...";
  }
}
