package org.gatewaydoctor.probes.rig;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A real nginx on 127.0.0.1 as a daemon (TEST-RIG section 2): one process, no master, every file it
 * writes (pid, logs, temporary bodies) inside its own directory, static files from {@code DIR/www}.
 */
public final class Nginx {

  private Nginx() {}

  /**
   * Starts nginx in {@code dir} on {@code port}: {@code types} is the body of its {@code types} block
   * (e.g. {@code "text/html html;"}), {@code locations} the lines of its one server block after
   * {@code listen} and {@code root} (e.g. {@code "location = /generate_204 { return 204; }"}).
   */
  public static Daemon start(Path dir, int port, String types, List<String> locations) throws Exception {
    Path bin = RequiresBinary.require("nginx");
    Files.createDirectories(dir.resolve("www"));
    List<String> conf = new ArrayList<>(List.of(
        "daemon off;", "master_process off;", "worker_processes 1;",
        "pid " + dir.resolve("nginx.pid") + ";", "error_log " + dir.resolve("error.log") + " info;",
        "events { worker_connections 64; }",
        "http {",
        "  access_log " + dir.resolve("access.log") + ";",
        "  client_body_temp_path " + dir.resolve("tmp_body") + ";",
        "  proxy_temp_path " + dir.resolve("tmp_proxy") + ";",
        "  fastcgi_temp_path " + dir.resolve("tmp_fcgi") + ";",
        "  uwsgi_temp_path " + dir.resolve("tmp_uwsgi") + ";",
        "  scgi_temp_path " + dir.resolve("tmp_scgi") + ";",
        "  types { " + types + " }",
        "  server {",
        "    listen 127.0.0.1:" + port + ";",
        "    root " + dir.resolve("www") + ";"));
    locations.forEach(l -> conf.add("    " + l));
    conf.addAll(List.of("  }", "}", ""));
    Files.writeString(dir.resolve("nginx.conf"), String.join("\n", conf));
    return Daemon.startTcp(dir, List.of(bin.toString(), "-e", dir.resolve("error.log").toString(), "-p",
        dir.toString(), "-c", dir.resolve("nginx.conf").toString()), port, Duration.ofSeconds(10));
  }
}
