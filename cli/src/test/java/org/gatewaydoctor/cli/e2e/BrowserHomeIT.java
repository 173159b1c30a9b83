package org.gatewaydoctor.cli.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A support person points HOME (and the XDG variables) at a copied user's profile: the launcher
 * examines the browser profiles found there, not those under the JVM's own idea of the home.
 */
@Timeout(120)
class BrowserHomeIT {

  /** A Linux home with Chrome and Firefox profiles (the probes module's fixtures). */
  private static final Path HOME = Launcher.ROOT.resolve("probes/src/test/resources/browser/linux/home");

  @Test
  void browserProfilesAreFoundUnderHomeAsTheShellHasIt(@TempDir Path dir) throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 4);
    server.createContext("/", ex -> {
      ex.sendResponseHeaders(200, -1);
      ex.close();
    });
    server.start();
    try {
      Path saved = dir.resolve("bundle.json");
      Launcher.Run run = Launcher.run(env -> {
        env.put("HOME", HOME.toString());
        env.put("XDG_CONFIG_HOME", HOME.resolve("xdg/config").toString());
        env.put("XDG_CACHE_HOME", HOME.resolve("xdg/cache").toString());
      }, "diagnose", "http://127.0.0.1:" + server.getAddress().getPort() + "/", "--format", "json",
          "--save-facts", saved.toString());
      assertThat(run.exitCode()).as(run.toString()).isBetween(0, 6).isNotEqualTo(2);
      JsonNode bundle = new ObjectMapper().readTree(saved.toFile());
      assertThat(bundle.at("/observations/browsers")).as(run.toString()).isNotEmpty();
      assertThat(bundle.at("/observations/browsers/0/path").asText()).startsWith("~");
      for (JsonNode probe : bundle.get("probes")) {
        if (probe.get("id").asText().equals("browser")) {
          assertThat(probe.path("reason").asText()).doesNotContain("no browser profile found");
        }
      }
    } finally {
      server.stop(0);
    }
  }
}
