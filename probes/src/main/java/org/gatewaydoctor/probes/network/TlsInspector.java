package org.gatewaydoctor.probes.network;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSession;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;
import okhttp3.internal.tls.OkHostnameVerifier;
import org.gatewaydoctor.facts.network.TlsObservation;
import org.gatewaydoctor.probes.egress.GuardedSocketFactory;
import org.gatewaydoctor.probes.egress.IpLiteral;
import org.gatewaydoctor.probes.net.ResolverEndpoint;

/**
 * Completes a TLS handshake with the target whatever its certificate, to record the chain it
 * presents (an intercepting proxy shows its own issuer here), then asks separately whether the
 * JVM's default trust store accepts that chain and whether the leaf is valid for the host name.
 */
final class TlsInspector {

  private final GuardedSocketFactory sockets;
  private final X509TrustManager jvmTrust;

  TlsInspector(GuardedSocketFactory sockets) {
    this(sockets, defaultTrust());
  }

  TlsInspector(GuardedSocketFactory sockets, X509TrustManager jvmTrust) { // visible for testing
    this.sockets = sockets;
    this.jvmTrust = jvmTrust;
  }

  /** Handshakes with {@code host} at {@code address}; {@code socketHolder} lets the caller close it at its deadline. */
  TlsObservation inspect(String host, InetSocketAddress address, Duration budget, AtomicReference<Socket> socketHolder) {
    Recording recording = new Recording();
    String addr = ResolverEndpoint.hostPort(address);
    try (Socket raw = sockets.createSocket()) {
      socketHolder.set(raw);
      int ms = (int) Math.max(1, budget.toMillis());
      raw.connect(address, ms);
      raw.setSoTimeout(ms);
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(null, new TrustManager[] {recording}, null);
      try (SSLSocket tls = (SSLSocket) context.getSocketFactory().createSocket(raw, host, address.getPort(), true)) {
        SSLParameters p = tls.getSSLParameters();
        if (!IpLiteral.is(host)) {
          p.setServerNames(List.of(new SNIHostName(host))); // RFC 6066 SNI, as a browser sends it
        }
        tls.setSSLParameters(p);
        tls.startHandshake();
        SSLSession session = tls.getSession();
        List<X509Certificate> chain = new ArrayList<>();
        for (Certificate c : session.getPeerCertificates()) {
          if (c instanceof X509Certificate x) {
            chain.add(x);
          }
        }
        return observed(host, address, addr, session.getProtocol(), chain, recording.authType);
      }
    } catch (GeneralSecurityException e) {
      return failed(host, address, addr, recording, "TLS setup failed: " + e.getMessage());
    } catch (IOException e) {
      return failed(host, address, addr, recording, org.gatewaydoctor.probes.net.FailureWords.of(e));
    }
  }

  private TlsObservation observed(String host, InetSocketAddress address, String addr, String protocol,
      List<X509Certificate> chain, String authType) {
    String trustDetail = null;
    Boolean trusted;
    try {
      jvmTrust.checkServerTrusted(chain.toArray(new X509Certificate[0]), authType == null ? "UNKNOWN" : authType);
      trusted = true;
    } catch (Exception e) {
      trusted = false;
      trustDetail = "not trusted by the JVM trust store: " + e.getMessage();
    }
    Boolean matches = chain.isEmpty() ? null : OkHostnameVerifier.INSTANCE.verify(host, chain.get(0));
    return new TlsObservation(host, address.getPort(), addr, true, protocol,
        chain.stream().map(c -> c.getSubjectX500Principal().getName()).toList(),
        chain.stream().map(c -> c.getIssuerX500Principal().getName()).toList(),
        chain.isEmpty() ? null : chain.get(0).getNotAfter().toInstant().toString(), trusted, matches, trustDetail);
  }

  private TlsObservation failed(String host, InetSocketAddress address, String addr, Recording recording,
      String detail) {
    List<X509Certificate> chain = recording.chain;
    return new TlsObservation(host, address.getPort(), addr, false, null,
        chain.stream().map(c -> c.getSubjectX500Principal().getName()).toList(),
        chain.stream().map(c -> c.getIssuerX500Principal().getName()).toList(), null, null, null, detail);
  }

  private static X509TrustManager defaultTrust() {
    try {
      TrustManagerFactory f = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      f.init((KeyStore) null);
      for (TrustManager tm : f.getTrustManagers()) {
        if (tm instanceof X509TrustManager x) {
          return x;
        }
      }
      throw new IllegalStateException("the JVM offers no X509TrustManager");
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the JVM's default trust store cannot be loaded", e);
    }
  }

  /** Accepts any chain during the handshake and remembers it: judging it is done afterwards. */
  private static final class Recording implements X509TrustManager {
    private volatile List<X509Certificate> chain = List.of();
    private volatile String authType;

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) {
      throw new UnsupportedOperationException("client side only");
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) {
      this.chain = List.of(chain);
      this.authType = authType;
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
      return new X509Certificate[0];
    }
  }
}
