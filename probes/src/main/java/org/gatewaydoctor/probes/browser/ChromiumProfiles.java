package org.gatewaydoctor.probes.browser;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Finds the profiles of a Chromium-family user data folder and what applies to all of them. The
 * profile list comes from {@code Local State}'s {@code profile.info_cache} (one key per profile
 * folder), so profiles named other than {@code Default} are found; only when that file is
 * unusable are folders that hold a {@code Preferences} file taken instead.
 */
final class ChromiumProfiles {

  private final ProfileFiles files;

  ChromiumProfiles(ProfileFiles files) {
    this.files = files;
  }

  ChromiumUserData load(ProfileRoots.ChromiumRoot root) {
    Path dir = root.dir();
    List<String> profiles = new ArrayList<>();
    String note = null;
    String doh = null;
    try {
      JsonNode localState = files.json(dir.resolve("Local State"));
      for (Iterator<String> it = localState.path("profile").path("info_cache").fieldNames(); it.hasNext(); ) {
        profiles.add(it.next());
      }
      doh = text(localState.path("dns_over_https").path("mode"));
      if (profiles.isEmpty()) {
        note = "Local State lists no profiles; profiles found by folder scan";
      }
    } catch (ProfileFileException e) {
      note = e.getMessage() + "; profiles found by folder scan";
    }
    if (profiles.isEmpty()) {
      profiles.addAll(scan(dir));
    }
    String lastVersion = null;
    if (Files.isRegularFile(dir.resolve("Last Version"))) {
      try {
        lastVersion = emptyToNull(files.firstLine(dir.resolve("Last Version")));
      } catch (ProfileFileException e) {
        lastVersion = null; // the profile's own Preferences usually name the version too
      }
    }
    String holder = ProfileLock.holder(dir, files.host().os(), "SingletonLock", "lockfile").orElse(null);
    return new ChromiumUserData(root.browser(), dir, root.cacheMirror(), profiles, doh, lastVersion, holder, note);
  }

  /** Sub-folders that hold a {@code Preferences} file, in name order. */
  private static List<String> scan(Path dir) {
    List<String> out = new ArrayList<>();
    try (DirectoryStream<Path> children = Files.newDirectoryStream(dir)) {
      for (Path child : children) {
        if (Files.isRegularFile(child.resolve("Preferences"))) {
          out.add(child.getFileName().toString());
        }
      }
    } catch (IOException e) {
      return out;
    }
    out.sort(null);
    return out;
  }

  private static String text(JsonNode node) {
    return node.isTextual() ? emptyToNull(node.asText()) : null;
  }

  private static String emptyToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
