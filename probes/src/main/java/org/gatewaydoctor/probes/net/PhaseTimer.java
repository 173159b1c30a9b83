package org.gatewaydoctor.probes.net;

import java.net.InetSocketAddress;
import java.net.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import okhttp3.Call;
import okhttp3.Connection;
import okhttp3.EventListener;
import okhttp3.Handshake;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.Response;
import org.gatewaydoctor.facts.http.HttpTimings;

/**
 * Times the phases of one OkHttp call (DNS, connect, TLS, time to first byte), httpstat style,
 * and remembers where it connected. One instance per call; OkHttp calls it from the calling thread
 * and, for cancellation, from its watchdog, so fields are volatile.
 */
final class PhaseTimer extends EventListener {

  private final Clock clock;
  private volatile Instant callStart;
  private volatile Instant dnsStart;
  private volatile Instant dnsEnd;
  private volatile Instant connectStart;
  private volatile Instant connectEnd;
  private volatile Instant tlsStart;
  private volatile Instant tlsEnd;
  private volatile Instant requestSent;
  private volatile Instant firstByte;
  private volatile InetSocketAddress remote;
  private volatile Integer requestHeaderBytes;

  PhaseTimer(Clock clock) {
    this.clock = clock;
  }

  @Override
  public void callStart(Call call) {
    callStart = clock.instant();
  }

  @Override
  public void dnsStart(Call call, String domainName) {
    dnsStart = clock.instant();
  }

  @Override
  public void dnsEnd(Call call, String domainName, List<java.net.InetAddress> addresses) {
    dnsEnd = clock.instant();
  }

  @Override
  public void connectStart(Call call, InetSocketAddress address, Proxy proxy) {
    connectStart = clock.instant();
    remote = address;
  }

  @Override
  public void secureConnectStart(Call call) {
    tlsStart = clock.instant();
  }

  @Override
  public void secureConnectEnd(Call call, Handshake handshake) {
    tlsEnd = clock.instant();
  }

  @Override
  public void connectEnd(Call call, InetSocketAddress address, Proxy proxy, Protocol protocol) {
    connectEnd = clock.instant();
  }

  @Override
  public void connectionAcquired(Call call, Connection connection) {
    if (connection.socket().getRemoteSocketAddress() instanceof InetSocketAddress a) {
      remote = a;
    }
  }

  @Override
  public void requestHeadersEnd(Call call, Request request) {
    requestSent = clock.instant();
    requestHeaderBytes = (int) request.headers().byteCount();
  }

  /** The size of the header block sent on the wire (HTTP/1.1 encoding), or null when none was sent. */
  Integer requestHeaderBytes() {
    return requestHeaderBytes;
  }

  @Override
  public void responseHeadersEnd(Call call, Response response) {
    if (firstByte == null) {
      firstByte = clock.instant();
    }
  }

  /** Whether a TCP connection was established (OkHttp's connectEnd comes only after TLS). */
  boolean connected() {
    return tlsStart != null || connectEnd != null || requestSent != null;
  }

  /** Whether response headers arrived. */
  boolean gotHeaders() {
    return firstByte != null;
  }

  /** Whether the TLS handshake started but did not finish. */
  boolean inTls() {
    return tlsStart != null && tlsEnd == null;
  }

  /** Whether a connect started but did not finish. */
  boolean inConnect() {
    return connectStart != null && connectEnd == null && requestSent == null;
  }

  /** The peer as {@code ip:port}, or null. */
  String remoteAddress() {
    InetSocketAddress r = remote;
    return r == null || r.getAddress() == null ? null : ResolverEndpoint.hostPort(r);
  }

  /** The phases, with the total measured from the call's start to {@code end}. */
  HttpTimings timings(Instant end) {
    // TCP connect ends where TLS starts; OkHttp's connectEnd comes after the TLS handshake.
    Instant tcpEnd = tlsStart != null ? tlsStart : connectEnd;
    return new HttpTimings(ms(dnsStart, dnsEnd), ms(connectStart, tcpEnd), ms(tlsStart, tlsEnd),
        ms(requestSent, firstByte), ms(callStart, end));
  }

  private static Double ms(Instant from, Instant to) {
    return from == null || to == null ? null : Duration.between(from, to).toNanos() / 1e6;
  }
}
