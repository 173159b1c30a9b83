package org.gatewaydoctor.cli.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML report of a live lab run, opened in headless Chromium (inside {@code unshare -rn}: a
 * private network namespace with only its own loopback, so the browser's background traffic cannot
 * leave; TEST-RIG section 6). The rendered DOM has the verdict, and the SVG waterfall has one bar per
 * measured phase of every HTTP sample the JSON report lists.
 */
@Timeout(300)
class HtmlInChromiumIT {

  private static final Pattern BAR = Pattern.compile("<rect class=\"bar (\\w+)\" data-sample=\"([^\"]+)\" data-phase=\"(\\w+)\"");

  @Test
  void chromiumRendersTheVerdictAndOneWaterfallBarPerPhasePerSample(@TempDir Path dir) throws Exception {
    Path unshare = RequiresBinary.find("unshare");
    Path chromium = RequiresBinary.find("chromium");
    Path bundle = dir.resolve("lab.json");
    Launcher.Run html = Launcher.run("diagnose", "--lab", "--format", "html", "--save-facts", bundle.toString());
    Launcher.Run json = Launcher.run("diagnose", "--facts", bundle.toString(), "--format", "json");
    assertThat(html.exitCode()).as(html.toString()).isEqualTo(3);
    Path page = Files.writeString(dir.resolve("report.html"), html.stdout());

    Launcher.Run dom = Launcher.exec(chromium(unshare, chromium, dir, "--dump-dom", page), env -> {});

    assertThat(dom.exitCode()).as(dom.toString()).isZero();
    String summary = json.json().at("/verdict/summary").asText();
    assertThat(text(dom.stdout(), "<h1 id=\"verdict\">(.*?)</h1>")).isEqualTo(summary);
    assertThat(barsBySample(dom.stdout())).isEqualTo(expectedBars(json.json().at("/samples")));
    assertThat(json.json().at("/samples").size()).isGreaterThanOrEqualTo(3);

    // And a picture of it, for people (docs/cli.md shows this command).
    Path png = dir.resolve("report.png");
    Launcher.Run shot = Launcher.exec(chromium(unshare, chromium, dir, "--screenshot=" + png, page), env -> {});
    assertThat(shot.exitCode()).as(shot.toString()).isZero();
    byte[] bytes = Files.readAllBytes(png);
    assertThat(bytes).startsWith(0x89, 'P', 'N', 'G');
    assertThat(bytes.length).isGreaterThan(10_000);
    Files.copy(png, Launcher.ROOT.resolve("cli/target/lab-report.png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
  }

  private static List<String> chromium(Path unshare, Path chromium, Path dir, String action, Path page) {
    return List.of(unshare.toString(), "-rn", chromium.toString(), "--headless=new", "--no-sandbox", "--disable-gpu",
        "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--user-data-dir=" + dir.resolve("profile"), "--window-size=1000,2400", action, page.toUri().toString());
  }

  /** The phases drawn per sample, from the DOM Chromium built. */
  private static Map<String, List<String>> barsBySample(String dom) {
    Map<String, List<String>> bars = new HashMap<>();
    Matcher m = BAR.matcher(dom);
    while (m.find()) {
      assertThat(m.group(1)).isEqualTo(m.group(3));
      bars.computeIfAbsent(m.group(2), k -> new ArrayList<>()).add(m.group(3));
    }
    return bars;
  }

  /** The phases each sample measured, from the JSON report: a bar for each. */
  private static Map<String, List<String>> expectedBars(JsonNode samples) {
    Map<String, List<String>> bars = new HashMap<>();
    for (JsonNode s : samples) {
      JsonNode t = s.path("timings");
      List<String> phases = new ArrayList<>();
      if (t.has("dnsMs")) {
        phases.add("dns");
      }
      if (t.has("connectMs")) {
        phases.add("connect");
      }
      if (t.has("tlsMs")) {
        phases.add("tls");
      }
      if (t.has("ttfbMs")) {
        phases.add("server");
        if (t.has("totalMs")) {
          phases.add("transfer");
        }
      }
      if (!phases.isEmpty()) {
        bars.put(s.path("source").asText() + " " + s.path("sample").asInt(), phases);
      }
    }
    return bars;
  }

  private static String text(String dom, String regex) {
    Matcher m = Pattern.compile(regex, Pattern.DOTALL).matcher(dom);
    assertThat(m.find()).as("%s in the DOM", regex).isTrue();
    return m.group(1).replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
        .replace("&amp;", "&");
  }
}
