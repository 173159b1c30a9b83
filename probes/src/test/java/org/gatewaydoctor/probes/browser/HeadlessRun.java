package org.gatewaydoctor.probes.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.gatewaydoctor.probes.rig.RequiresBinary;

/**
 * Runs a headless browser against {@link CookieSiteServer} with both inside one
 * {@code unshare -rn} namespace (TEST-RIG §6): only a private loopback exists there, so the
 * browser's background traffic cannot leave the machine.
 *
 * @param work the folder holding the canary, the port file and the logs
 * @param canary the unique value of the {@code gd_canary} cookie
 * @param startedAt when the browser run began
 * @param endedAt when it ended
 * @param exitCode the namespace shell's exit code (the browser's)
 */
record HeadlessRun(Path work, String canary, Instant startedAt, Instant endedAt, int exitCode) {

  /** Generous: the runs take 2-5 s; this only stops a hung browser. */
  private static final Duration LIMIT = Duration.ofSeconds(90);

  private static final String SCRIPT = """
      ip link set lo up || exit 90
      "$GD_JAVA" -cp "$GD_CP" org.gatewaydoctor.probes.browser.CookieSiteServer "$GD_WORK/port" "$GD_WORK/canary" \\
        >"$GD_WORK/server.log" 2>&1 &
      SP=$!
      i=0
      while [ ! -s "$GD_WORK/port" ] && [ $i -lt 400 ]; do sleep 0.05; i=$((i+1)); done
      [ -s "$GD_WORK/port" ] || { kill $SP; exit 91; }
      GD_URL="http://127.0.0.1:$(cat "$GD_WORK/port")/"
      export GD_URL
      timeout 60 sh -c "$GD_BROWSER" >"$GD_WORK/browser.log" 2>&1
      RC=$?
      kill $SP 2>/dev/null
      wait $SP 2>/dev/null
      exit $RC
      """;

  /**
   * Starts the site and runs {@code browserCommand} (a shell command that must load
   * {@code $GD_URL} and exit) with {@code HOME} set to {@code home}.
   */
  static HeadlessRun run(Path work, Path home, String browserCommand, Clock clock)
      throws IOException, InterruptedException {
    RequiresBinary.require("unshare");
    RequiresBinary.require("ip");
    Files.createDirectories(work);
    byte[] random = new byte[16];
    new SecureRandom().nextBytes(random);
    String canary = "gdcanary" + HexFormat.of().formatHex(random);
    Files.writeString(work.resolve("canary"), canary);
    Files.writeString(work.resolve("run.sh"), SCRIPT);
    ProcessBuilder pb = new ProcessBuilder("unshare", "-rn", "sh", work.resolve("run.sh").toString())
        .redirectErrorStream(true)
        .redirectOutput(work.resolve("namespace.log").toFile());
    Map<String, String> env = pb.environment();
    env.put("GD_JAVA", Path.of(System.getProperty("java.home"), "bin", "java").toString());
    env.put("GD_CP", testClasses().toString());
    env.put("GD_WORK", work.toString());
    env.put("GD_BROWSER", browserCommand);
    env.put("HOME", home.toString());
    env.remove("XDG_CONFIG_HOME");
    env.remove("XDG_CACHE_HOME");
    Instant start = clock.instant();
    Process p = pb.start();
    try {
      if (!p.waitFor(LIMIT.toSeconds(), TimeUnit.SECONDS)) {
        throw new IllegalStateException("the headless browser run did not end within " + LIMIT + "; see " + work);
      }
    } finally {
      p.destroy();
      p.waitFor();
    }
    return new HeadlessRun(work, canary, start, clock.instant(), p.exitValue());
  }

  /** The folder holding the compiled test classes (CookieSiteServer needs nothing else). */
  private static Path testClasses() {
    try {
      return Path.of(CookieSiteServer.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Everything the run logged: the namespace shell, the site and the browser. */
  String logs() throws IOException {
    StringBuilder all = new StringBuilder();
    for (String log : new String[] {"namespace.log", "server.log", "browser.log"}) {
      Path f = work.resolve(log);
      if (Files.exists(f)) {
        all.append(Files.readString(f)).append('\n');
      }
    }
    return all.toString();
  }
}
