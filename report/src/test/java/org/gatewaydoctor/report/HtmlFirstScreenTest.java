package org.gatewaydoctor.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gatewaydoctor.facts.report.Diagnosis;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML report rendered by headless Chromium in a 1280x800 window (inside {@code unshare -rn}, so
 * the browser's background traffic cannot leave; TEST-RIG section 6): the headline cause and the
 * first thing to do are within the first screen, without scrolling.
 */
@Timeout(180)
class HtmlFirstScreenTest {

  private static final int WIDTH = 1280;
  private static final int HEIGHT = 800;
  private static final Pattern BOTTOMS = Pattern.compile("data-bottoms=\"(\\d+),(\\d+),(\\d+)\"");

  @Test
  void headlineCauseAndFirstActionAreOnTheFirstScreen(@TempDir Path dir) throws Exception {
    Path unshare = find("unshare");
    Path chromium = find("chromium");
    Diagnosis d = SampleDiagnoses.example();
    // A copy that measures itself: the report's own policy forbids scripts, so the copy drops it and
    // adds one that writes where the two elements end (CSS pixels from the top) into the DOM.
    String html = new HtmlReport().render(d).replaceFirst("<meta http-equiv=\"Content-Security-Policy\"[^>]*>\n", "")
        .replace("</body>", "<script>const b = id => Math.ceil(document.getElementById(id).getBoundingClientRect()"
            + ".bottom); document.body.setAttribute('data-bottoms', b('headline-cause') + ',' + b('first-action')"
            + " + ',' + window.innerHeight);</script>\n</body>");
    Path page = Files.writeString(dir.resolve("report.html"), html);

    String dom = run(chromium(unshare, chromium, dir, "--dump-dom", page));
    Matcher m = BOTTOMS.matcher(dom);
    assertThat(m.find()).as("the measurement in the DOM Chromium built").isTrue();

    // Headless Chromium counts its (invisible) window frame in --window-size, so the page gets less
    // than 800 pixels of height; what fits there fits on a real 1280x800 screen too.
    int screen = Math.min(HEIGHT, Integer.parseInt(m.group(3)));
    assertThat(screen).as("page height in the window").isGreaterThan(HEIGHT / 2);
    assertThat(Integer.parseInt(m.group(1))).as("bottom of the headline cause").isBetween(1, screen);
    assertThat(Integer.parseInt(m.group(2))).as("bottom of the first action").isBetween(1, screen);

    // And the first screen as a picture, for people to look at.
    Path plain = Files.writeString(dir.resolve("plain.html"), new HtmlReport().render(d));
    Path png = dir.resolve("first-screen.png");
    run(chromium(unshare, chromium, dir, "--screenshot=" + png, plain));
    assertThat(Files.readAllBytes(png)).startsWith(0x89, 'P', 'N', 'G');
    Files.copy(png, Path.of("target/html-first-screen.png"), StandardCopyOption.REPLACE_EXISTING);
  }

  private static List<String> chromium(Path unshare, Path chromium, Path dir, String action, Path page) {
    return List.of(unshare.toString(), "-rn", chromium.toString(), "--headless=new", "--no-sandbox", "--disable-gpu",
        "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--hide-scrollbars", "--user-data-dir=" + dir.resolve("profile"), "--window-size=" + WIDTH + "," + HEIGHT,
        action, page.toUri().toString());
  }

  private static String run(List<String> command) throws Exception {
    Process p = new ProcessBuilder(new ArrayList<>(command)).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroy();
      p.waitFor();
    }
    assertThat(p.exitValue()).as("exit code of %s", command.get(2)).isZero();
    return out;
  }

  private static Path find(String name) {
    Optional<Path> found = List.of(System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(File.pathSeparator))
        .stream().map(dirName -> Path.of(dirName, name)).filter(Files::isExecutable).findFirst();
    Assumptions.assumeTrue(found.isPresent() || "true".equals(System.getenv("CI")), name + " is not installed; skipped");
    return found.orElseThrow(() -> new AssertionError(name + " is not installed; CI=true, so this is a failure"));
  }
}
