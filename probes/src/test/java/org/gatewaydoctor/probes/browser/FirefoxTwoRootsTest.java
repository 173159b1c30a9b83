package org.gatewaydoctor.probes.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.gatewaydoctor.probes.ProbeResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Firefox profile that both ~/.mozilla/firefox and ~/.config/mozilla/firefox list (the XDG folder
 * a link to the old one, as a migration leaves it) is one profile, reported once.
 */
@Timeout(30)
class FirefoxTwoRootsTest {

  @Test
  void aProfileListedUnderBothLinuxRootsIsReportedOnce(@TempDir Path tree) throws Exception {
    Path home = tree.resolve("home");
    Path old = Files.createDirectories(home.resolve(".mozilla/firefox"));
    Files.createDirectories(old.resolve("ab12cd34.default-release"));
    Files.writeString(old.resolve("profiles.ini"), "[Profile0]\nName=default-release\nIsRelative=1\n"
        + "Path=ab12cd34.default-release\nDefault=1\n");
    Files.createDirectories(home.resolve(".config/mozilla"));
    Files.createSymbolicLink(home.resolve(".config/mozilla/firefox"), old);

    ProbeResult result = Fixtures.run(Fixtures.host(HostOs.LINUX, tree, Map.of()), Fixtures.DOMAINS);

    assertThat(result.observations().browsers()).extracting(p -> p.browser() + "/" + p.profile())
        .containsExactly("firefox/ab12cd34.default-release");
  }
}
