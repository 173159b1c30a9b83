package org.gatewaydoctor.cli.lab;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.gatewaydoctor.facts.service.StatusPageFormat;
import org.gatewaydoctor.probes.ProbeSettings;
import org.gatewaydoctor.probes.ReferenceEndpoint;

/**
 * An in-process loopback lab: an imitation of a web service that fails the way a
 * {@link LabScenario} says, with its DNS, status page, reference sites and (for one scenario) a
 * proxy, all on 127.0.0.1. {@link #settings()} points the real probes at it. Close it to stop
 * everything.
 */
public final class Lab implements AutoCloseable {

  /** The name the imitated service goes by; {@code .test} is reserved for testing (RFC 2606). */
  public static final String HOST = "chatgpt.lab.test";

  private static final byte[] LOOPBACK = {127, 0, 0, 1};

  /** Where the captive portal's login page is, on the lab's second server. */
  private static final String PORTAL_PATH = "/guest-wifi/login";

  /** The target's address when the user's proxy is in the way (see {@link #targetUrl()}). */
  private static final String PROXIED_HOST = "127.0.0.2";

  private final LabScenario scenario;
  private final HttpServer service;
  private final HttpServer elsewhere;
  private final LabDns systemDns;
  private final LabDns independentDns;
  private final LabProxy proxy;
  private final LabBrowserProfile browser;
  private final AtomicInteger requests = new AtomicInteger();
  private final AtomicInteger checks = new AtomicInteger();

  private Lab(LabScenario scenario) throws IOException {
    this.scenario = scenario;
    List<AutoCloseable> started = new ArrayList<>();
    try {
      service = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
      service.createContext("/", this::serviceAnswer);
      service.start();
      started.add(() -> service.stop(0));
      elsewhere = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
      elsewhere.createContext("/generate_204", unlessPortal(ex -> send(ex, 204, "text/plain", "", Map.of())));
      elsewhere.createContext("/connecttest.txt", unlessPortal(ex -> send(ex, 200, "text/plain",
          "Microsoft Connect Test", Map.of())));
      elsewhere.createContext("/bytes", unlessPortal(this::bytes));
      elsewhere.createContext("/api/v2/summary.json", unlessPortal(ex -> send(ex, 200, "application/json",
          LabStatusPages.statuspage(staged()), Map.of())));
      elsewhere.createContext("/proxy/status", unlessPortal(ex -> send(ex, 200, "application/json",
          LabStatusPages.incidentIo(staged()), Map.of())));
      elsewhere.createContext(PORTAL_PATH, ex -> send(ex, 200, "text/html; charset=UTF-8", LabPages.portalLogin(),
          Map.of()));
      elsewhere.start();
      started.add(() -> elsewhere.stop(0));
      String fqdn = HOST + ".";
      systemDns = new LabDns(Map.of(fqdn, LOOPBACK), scenario == LabScenario.LYING_DNS);
      started.add(systemDns);
      independentDns = new LabDns(Map.of(fqdn, LOOPBACK), false);
      started.add(independentDns);
      proxy = scenario == LabScenario.PROXY_ERROR ? new LabProxy() : null;
      if (proxy != null) {
        started.add(proxy);
      }
      browser = scenario == LabScenario.OLD_BROWSER ? LabBrowserProfile.stage(HOST) : null;
    } catch (IOException | RuntimeException e) {
      closeAll(started);
      throw e;
    }
  }

  /** Starts the lab for {@code scenario} on loopback ports chosen by the OS. */
  public static Lab start(LabScenario scenario) throws IOException {
    return new Lab(scenario);
  }

  /**
   * The home directory of the browser profile the scenario stages ({@link LabScenario#OLD_BROWSER}),
   * or empty: the lab never reads the machine's own profiles.
   */
  public Optional<Path> browserHome() {
    return Optional.ofNullable(browser).map(LabBrowserProfile::home);
  }

  /** The scenario staged. */
  public LabScenario scenario() {
    return scenario;
  }

  /**
   * Marks the start of the next check (a run of the probes), for scenarios that change over checks
   * ({@link LabScenario#RECOVERING}). Call it once before each run; a lab never checked stages the first.
   */
  public void beginCheck() {
    checks.incrementAndGet();
  }

  /** The failure staged for the current check. */
  private LabScenario staged() {
    return scenario.stagedAt(Math.max(1, checks.get()));
  }

  /**
   * The URL of the imitated service. Behind the lab's proxy it is an IP literal, 127.0.0.2 (also
   * loopback, RFC 5735, but not in the lab's NO_PROXY): under the loopback-only egress policy the
   * probes send a proxy only requests for loopback IP literals, never for names (docs/probes.md).
   */
  public String targetUrl() {
    String host = proxy != null ? PROXIED_HOST : HOST;
    return "http://" + host + ":" + service.getAddress().getPort() + "/";
  }

  /**
   * Probe settings that point every probe at this lab: its resolvers, status page, references,
   * throughput endpoint, proxy, and the service's own port; nothing else is contacted.
   */
  public ProbeSettings settings() {
    String elsewhereBase = "http://127.0.0.1:" + elsewhere.getAddress().getPort();
    boolean incidentIo = scenario == LabScenario.STATUS_INCIDENT;
    return ProbeSettings.defaults(targetUrl(), "generic").toBuilder()
        .statusPage(elsewhereBase + (incidentIo ? "/proxy/status" : "/api/v2/summary.json"),
            incidentIo ? StatusPageFormat.INCIDENT_IO : StatusPageFormat.STATUSPAGE_V2)
        .systemResolvers(List.of(systemDns.address()))
        .independentResolvers(Map.of("lab-resolver", independentDns.address()))
        .references(List.of(
            new ReferenceEndpoint("lab-generate-204", elsewhereBase + "/generate_204", 204, null),
            new ReferenceEndpoint("lab-ncsi", elsewhereBase + "/connecttest.txt", 200, "Microsoft Connect Test")))
        .throughputUrl(elsewhereBase + "/bytes")
        .proxyEnv(proxy == null ? Map.of() : Map.of("HTTP_PROXY", proxy.url(), "NO_PROXY", "127.0.0.1,localhost"))
        .ports(List.of(service.getAddress().getPort()))
        .cookieDomains(List.of(HOST))
        .httpSpacing(Duration.ofMillis(150))
        .build();
  }

  /**
   * In {@link LabScenario#CAPTIVE_PORTAL}, what a guest network does to every plain-http request
   * before sign-in: a 302 to its login page, on the lab's other server; otherwise {@code handler}.
   */
  private HttpHandler unlessPortal(HttpHandler handler) {
    return ex -> {
      if (staged() == LabScenario.CAPTIVE_PORTAL) {
        redirectToPortal(ex);
      } else {
        handler.handle(ex);
      }
    };
  }

  private void redirectToPortal(HttpExchange ex) throws IOException {
    send(ex, 302, "text/html", "<html><body>Sign in first</body></html>", Map.of("Location",
        "http://127.0.0.1:" + elsewhere.getAddress().getPort() + PORTAL_PATH + "?orig=" + ex.getRequestURI()));
  }

  private void serviceAnswer(HttpExchange ex) throws IOException {
    if (staged() == LabScenario.CAPTIVE_PORTAL) {
      redirectToPortal(ex);
      return;
    }
    int n = requests.incrementAndGet();
    String ray = String.format("8e2f0c1a9b7d%04x-LAB", n);
    switch (staged()) {
      case CLOUDFLARE_ORIGIN_DOWN -> send(ex, 521, "text/html; charset=UTF-8",
          LabPages.cloudflare(521, "Web server is down", HOST, ray),
          Map.of("Server", "cloudflare", "CF-RAY", ray, "Cache-Control", "private, no-store"));
      case OVERLOAD -> {
        if (n % 2 == 1) {
          send(ex, 503, "text/html", LabPages.nginx(503, "Service Temporarily Unavailable"),
              Map.of("Server", "nginx/1.22.1", "Retry-After", "30"));
        } else {
          send(ex, 200, "text/html", "<html><body>ChatGPT lab</body></html>", Map.of("Server", "nginx/1.22.1"));
        }
      }
      case STATUS_INCIDENT -> send(ex, 502, "text/html", LabPages.nginx(502, "Bad Gateway"),
          Map.of("Server", "nginx/1.22.1"));
      default -> send(ex, 200, "text/html; charset=UTF-8", "<html><body>ChatGPT lab</body></html>",
          Map.of("Server", "cloudflare", "CF-RAY", ray));
    }
  }

  /** A bounded download for the throughput sample: 1 MB of zeros. */
  private void bytes(HttpExchange ex) throws IOException {
    byte[] chunk = new byte[64 * 1024];
    int chunks = 16;
    ex.getResponseHeaders().add("Content-Type", "application/octet-stream");
    ex.sendResponseHeaders(200, (long) chunk.length * chunks);
    try (OutputStream out = ex.getResponseBody()) {
      for (int i = 0; i < chunks; i++) {
        out.write(chunk);
      }
    }
  }

  private static void send(HttpExchange ex, int status, String type, String body, Map<String, String> headers)
      throws IOException {
    ex.getRequestBody().readAllBytes();
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    headers.forEach((k, v) -> ex.getResponseHeaders().add(k, v));
    if (!type.isEmpty()) {
      ex.getResponseHeaders().add("Content-Type", type);
    }
    boolean noBody = status == 204 || "HEAD".equals(ex.getRequestMethod());
    ex.sendResponseHeaders(status, noBody ? -1 : bytes.length);
    if (!noBody) {
      try (OutputStream out = ex.getResponseBody()) {
        out.write(bytes);
      }
    }
    ex.close();
  }

  @Override
  public void close() {
    List<AutoCloseable> all = new ArrayList<>();
    all.add(() -> service.stop(0));
    all.add(() -> elsewhere.stop(0));
    all.add(systemDns);
    all.add(independentDns);
    if (proxy != null) {
      all.add(proxy);
    }
    if (browser != null) {
      all.add(browser);
    }
    closeAll(all);
  }

  private static void closeAll(List<AutoCloseable> resources) {
    for (AutoCloseable r : resources) {
      try {
        r.close();
      } catch (Exception e) {
        // Stopping a loopback server can only fail if it is already gone.
      }
    }
  }
}
