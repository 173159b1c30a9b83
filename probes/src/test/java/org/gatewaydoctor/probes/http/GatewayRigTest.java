package org.gatewaydoctor.probes.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.gatewaydoctor.facts.http.HttpExchange;
import org.gatewaydoctor.probes.net.HttpFetcher;
import org.gatewaydoctor.probes.net.NetworkAccess;
import org.gatewaydoctor.probes.rig.Daemon;
import org.gatewaydoctor.probes.rig.FakeServers;
import org.gatewaydoctor.probes.rig.Probes;
import org.gatewaydoctor.probes.rig.RequiresBinary;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Real 502/503/504 from nginx, HAProxy and Squid in front of dead, silent and failing upstreams (TEST-RIG §1-3). */
@Timeout(120)
class GatewayRigTest {

  @TempDir static Path dir;
  static final FakeServers fakes = new FakeServers();
  static int dead;
  static int silent;
  static int closes;
  static int says503;

  @BeforeAll
  static void upstreams() throws Exception {
    dead = Daemon.freePort();
    silent = fakes.silent();
    closes = fakes.closesWithoutReply();
    says503 = fakes.says503();
  }

  @AfterAll
  static void stop() {
    fakes.close();
  }

  private static HttpExchange get(NetworkAccess net, String url) throws Exception {
    HttpProbe p = new HttpProbe(new HttpFetcher(net), Clock.systemUTC(), 1, Duration.ZERO, Duration.ofSeconds(8),
        Duration.ofSeconds(6));
    return p.run(Probes.context(url, Duration.ofSeconds(8))).observations().http().get(0);
  }

  @Test
  @SuppressWarnings("try") // the daemon is only held open for the duration of the block
  void nginxAnswers502ForADeadOrClosingUpstreamAnd504ForASilentOne() throws Exception {
    Path nginx = RequiresBinary.require("nginx");
    Path d = Files.createDirectories(dir.resolve("nginx"));
    int port = Daemon.freePort();
    String conf = "daemon off;\nmaster_process off;\nworker_processes 1;\npid " + d + "/nginx.pid;\n"
        + "error_log " + d + "/error.log info;\n" + (RequiresBinary.root() ? "user root;\n" : "")
        + "events { worker_connections 64; }\nhttp {\n access_log " + d + "/access.log;\n"
        + " client_body_temp_path " + d + "/b; proxy_temp_path " + d + "/p; fastcgi_temp_path " + d + "/f;\n"
        + " uwsgi_temp_path " + d + "/u; scgi_temp_path " + d + "/s;\n server {\n  listen 127.0.0.1:" + port + ";\n"
        + "  location /dead/ { proxy_pass http://127.0.0.1:" + dead + "/; }\n"
        + "  location /slow/ { proxy_pass http://127.0.0.1:" + silent + "/; proxy_read_timeout 1s; }\n"
        + "  location /closed/ { proxy_pass http://127.0.0.1:" + closes + "/; }\n"
        + "  location /s503/ { proxy_pass http://127.0.0.1:" + says503 + "/; }\n }\n}\n";
    Files.writeString(d.resolve("nginx.conf"), conf);
    try (Daemon n = Daemon.startTcp(d, List.of(nginx.toString(), "-e", d + "/error.log", "-p", d.toString(), "-c",
        d + "/nginx.conf"), port, Duration.ofSeconds(10))) {
      String base = "http://127.0.0.1:" + port;
      HttpExchange deadE = get(Probes.net(), base + "/dead/");
      assertThat(deadE.status()).isEqualTo(502);
      assertThat(deadE.header("Server").orElse("")).startsWith("nginx");
      assertThat(deadE.bodyExcerpt()).contains("<title>502 Bad Gateway</title>");
      assertThat(get(Probes.net(), base + "/closed/").status()).isEqualTo(502);
      HttpExchange slow = get(Probes.net(), base + "/slow/");
      assertThat(slow.status()).isEqualTo(504);
      assertThat(slow.timings().ttfbMs()).isGreaterThan(900.0);
      HttpExchange s503 = get(Probes.net(), base + "/s503/");
      assertThat(s503.status()).isEqualTo(503);
      assertThat(s503.bodyExcerpt()).isEqualTo("upstream says 503");
    }
  }

  @Test
  @SuppressWarnings("try") // the daemon is only held open for the duration of the block
  void haproxyAnswersItsOwnErrorPagesWithoutAServerHeader() throws Exception {
    Path haproxy = RequiresBinary.require("haproxy");
    Path d = Files.createDirectories(dir.resolve("haproxy"));
    int fDead = Daemon.freePort();
    int fClosed = Daemon.freePort();
    int fSlow = Daemon.freePort();
    String cfg = "defaults\n mode http\n timeout connect 1s\n timeout client 5s\n timeout server 2s\n"
        + "frontend fe_dead\n bind 127.0.0.1:" + fDead + "\n default_backend be_dead\n"
        + "frontend fe_closed\n bind 127.0.0.1:" + fClosed + "\n default_backend be_closed\n"
        + "frontend fe_slow\n bind 127.0.0.1:" + fSlow + "\n default_backend be_slow\n"
        + "backend be_dead\n server s1 127.0.0.1:" + dead + " check inter 1s\n"
        + "backend be_closed\n server s1 127.0.0.1:" + closes + "\n"
        + "backend be_slow\n server s1 127.0.0.1:" + silent + "\n";
    Files.writeString(d.resolve("haproxy.cfg"), cfg);
    try (Daemon h = Daemon.startTcp(d, List.of(haproxy.toString(), "-db", "-f", d + "/haproxy.cfg"), fSlow,
        Duration.ofSeconds(10))) {
      Thread.sleep(1200); // let the health check mark the dead server DOWN (TEST-RIG §2)
      HttpExchange deadE = get(Probes.net(), "http://127.0.0.1:" + fDead + "/");
      assertThat(deadE.status()).isEqualTo(503);
      assertThat(deadE.hasHeader("Server")).isFalse();
      assertThat(deadE.bodyExcerpt()).contains("No server is available to handle this request.");
      assertThat(get(Probes.net(), "http://127.0.0.1:" + fClosed + "/").status()).isEqualTo(502);
      HttpExchange slow = get(Probes.net(), "http://127.0.0.1:" + fSlow + "/");
      assertThat(slow.status()).isEqualTo(504);
      assertThat(slow.bodyExcerpt()).contains("504 Gateway Time-out");
    }
  }

  @Test
  @SuppressWarnings("try") // the daemon is only held open for the duration of the block
  void squidAsTheProxyInEffectReturnsItsOwnErrorPage() throws Exception {
    Path squid = RequiresBinary.require("squid");
    // Not under @TempDir: JUnit makes that 0700, and squid as root runs as user proxy (TEST-RIG §3).
    Path d = Files.createTempDirectory("gd-squid");
    int port = Daemon.freePort();
    String conf = "http_port 127.0.0.1:" + port + "\npid_filename " + d + "/squid.pid\naccess_log stdio:" + d
        + "/access.log\ncache_log " + d + "/cache.log\ncache_store_log none\ncache deny all\ncoredump_dir " + d
        + "\nhttp_access allow localhost\nhttp_access deny all\nshutdown_lifetime 1 seconds\n"
        + "dns_nameservers 127.0.0.1\npinger_enable off\nread_timeout 2 seconds\ndns_timeout 2 seconds\n";
    Files.writeString(d.resolve("squid.conf"), conf);
    if (RequiresBinary.root()) {
      // As root squid switches to user proxy and must be able to write its logs (TEST-RIG §3).
      UserPrincipalLookupService users = d.getFileSystem().getUserPrincipalLookupService();
      Files.setOwner(d, users.lookupPrincipalByName("proxy"));
      Files.setPosixFilePermissions(d, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
    }
    try (Daemon s = Daemon.startTcp(d, List.of(squid.toString(), "-N", "-f", d + "/squid.conf"), port,
        Duration.ofSeconds(15))) {
      NetworkAccess viaSquid = Probes.net(List.of(), Map.of("http_proxy", "http://127.0.0.1:" + port));
      HttpExchange e = get(viaSquid, "http://127.0.0.1:" + dead + "/");
      assertThat(e.status()).isEqualTo(503);
      assertThat(e.header("X-Squid-Error")).contains("ERR_CONNECT_FAIL 111");
      assertThat(e.header("Server").orElse("")).startsWith("squid/");
      assertThat(e.viaProxy()).isEqualTo("127.0.0.1:" + port);
      assertThat(e.remoteAddress()).isEqualTo("127.0.0.1:" + port);
      assertThat(e.bodyExcerpt()).contains("ERROR: The requested URL could not be retrieved");
      HttpExchange zero = get(viaSquid, "http://127.0.0.1:" + closes + "/");
      assertThat(zero.status()).isEqualTo(502);
      assertThat(zero.header("X-Squid-Error")).contains("ERR_ZERO_SIZE_OBJECT 0");
    } finally {
      try (var files = Files.walk(d)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }
}
