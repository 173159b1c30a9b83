package org.gatewaydoctor.cli.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.gatewaydoctor.cli.InProcessRun;
import org.gatewaydoctor.probes.har.HarImporter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16, defects 1 and 3: a HAR of 100,000 requests (about 70 MB, within the documented limit)
 * is diagnosed by the real command in a JVM of 256 MB heap, without a stack trace; the bundle it
 * saves is read back by {@code --facts}; a HAR beyond the limit is one line and exit 2.
 */
@Timeout(600)
class LargeHarTest {

  private static final int ENTRIES = 100_000;

  @Test
  void aHarOfAHundredThousandRequestsIsDiagnosedIn256MbAndItsSavedBundleReadsBack(@TempDir Path dir) throws Exception {
    Path har = dir.resolve("big.har");
    writeHar(har);
    assertThat(Files.size(har)).isBetween(60_000_000L, HarImporter.MAX_BYTES);
    Path saved = dir.resolve("saved.json");

    Child run = child(dir, "diagnose", "--har", har.toString(), "--format", "json", "--save-facts", saved.toString());

    assertThat(run.exitCode).as(run.stderr).isBetween(3, 6);
    assertThat(run.stderr).doesNotContain("Exception", "\tat ", "OutOfMemory");
    InProcessRun again = InProcessRun.of("diagnose", "--facts", saved.toString(), "--format", "json");
    assertThat(again.exitCode()).as(again.toString()).isEqualTo(run.exitCode);
  }

  @Test
  void aHarBeyondTheLimitIsOneLineAndExitTwo(@TempDir Path dir) throws IOException {
    Path har = dir.resolve("huge.har");
    try (RandomAccessFile f = new RandomAccessFile(har.toFile(), "rw")) {
      f.setLength(HarImporter.MAX_BYTES + 1); // sparse: no disk is spent on it
    }
    InProcessRun run = InProcessRun.of("diagnose", "--har", har.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.stderr().lines()).hasSize(1).first().asString().contains("a HAR may be at most 200 MB");
  }

  private record Child(int exitCode, String stderr) {}

  /** The CLI in a JVM of its own with a 256 MB heap, as a user with a small machine runs it. */
  private static Child child(Path dir, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx256m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
        "org.gatewaydoctor.cli.Main"));
    command.addAll(List.of(args));
    Path err = dir.resolve("stderr.txt");
    ProcessBuilder pb = new ProcessBuilder(command).redirectOutput(dir.resolve("stdout.txt").toFile())
        .redirectError(err.toFile());
    pb.environment().put("GATEWAY_DOCTOR_EGRESS", "loopback");
    Process p = pb.start();
    if (!p.waitFor(300, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("the import did not end within 300 s");
    }
    return new Child(p.exitValue(), Files.readString(err));
  }

  /** A Chrome-shaped HAR: the page (a 502), then API calls, scripts and images of its site. */
  private static void writeHar(Path file) throws IOException {
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write("{\"log\":{\"version\":\"1.2\",\"creator\":{\"name\":\"WebInspector\",\"version\":\"537.36\"},\"pages\":[],\"entries\":[\n");
      for (int i = 0; i < ENTRIES; i++) {
        String type = i == 0 ? "document" : i % 3 == 0 ? "image" : i % 3 == 1 ? "fetch" : "script";
        int status = i == 0 ? 502 : 200;
        String url = i == 0 ? "https://chatgpt.com/" : "https://chatgpt.com/backend-api/item/" + i + "?v=" + (i * 7919);
        w.write((i == 0 ? "" : ",\n") + """
            {"startedDateTime":"2026-11-26T10:00:00.000Z","time":120,"_resourceType":"%s","_initiator":{"type":"other"},\
            "request":{"method":"GET","url":"%s","httpVersion":"http/2.0","headers":[{"name":"user-agent","value":"Mozilla/5.0 \
            (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36"}],\
            "queryString":[],"cookies":[],"headersSize":-1,"bodySize":0},"response":{"status":%d,"statusText":"",\
            "httpVersion":"http/2.0","headers":[{"name":"content-type","value":"text/html"},{"name":"server","value":"nginx/1.22.1"}],\
            "cookies":[],"content":{"size":60,"mimeType":"text/html","text":"<html><body>%s</body></html>"},\
            "redirectURL":"","headersSize":-1,"bodySize":60},"serverIPAddress":"104.18.32.47","cache":{},\
            "timings":{"blocked":1,"dns":-1,"ssl":-1,"connect":-1,"send":0,"wait":100,"receive":1}}"""
            .formatted(type, url, status, status == 502 ? "502 Bad Gateway nginx/1.22.1" : "ok " + i));
      }
      w.write("\n]}}\n");
    }
  }
}
