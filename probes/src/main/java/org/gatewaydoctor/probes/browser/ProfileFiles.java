package org.gatewaydoctor.probes.browser;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a profile's small text files (JSON, INI, prefs.js) with a size bound, turning every
 * failure into a {@link ProfileFileException} whose message holds no file content.
 */
final class ProfileFiles {

  /** Larger than any Preferences, extensions.json or prefs.js seen in practice (a few MB at most). */
  static final long MAX_BYTES = 64L * 1024 * 1024;

  private final ObjectMapper mapper = new ObjectMapper();
  private final BrowserHost host;

  ProfileFiles(BrowserHost host) {
    this.host = host;
  }

  BrowserHost host() {
    return host;
  }

  /**
   * Whether anything is at {@code file}, a link to nothing included: such a link is a file that
   * cannot be read, not a file that was never written.
   */
  static boolean present(Path file) {
    return Files.exists(file, LinkOption.NOFOLLOW_LINKS);
  }

  /** The JSON document in {@code file}. */
  JsonNode json(Path file) throws ProfileFileException {
    checkSize(file);
    try (InputStream in = Files.newInputStream(file)) {
      JsonNode node = mapper.readTree(in);
      if (node == null || node.isMissingNode()) {
        throw new ProfileFileException(ProfileFileException.Kind.UNREADABLE, host.display(file) + " is empty");
      }
      return node;
    } catch (JsonProcessingException e) {
      // The location only: Jackson's message would quote the file's content.
      long line = e.getLocation() == null ? -1 : e.getLocation().getLineNr();
      throw new ProfileFileException(ProfileFileException.Kind.UNREADABLE,
          host.display(file) + " is not valid JSON" + (line > 0 ? " (line " + line + ")" : ""));
    } catch (IOException e) {
      throw ProfileFileException.of(e, host.display(file), host.os());
    }
  }

  /** The lines of the text file {@code file}; undecodable bytes become U+FFFD. */
  List<String> lines(Path file) throws ProfileFileException {
    checkSize(file);
    List<String> out = new ArrayList<>();
    try (BufferedReader in = new BufferedReader(new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8))) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        out.add(line);
      }
      return out;
    } catch (IOException e) {
      throw ProfileFileException.of(e, host.display(file), host.os());
    }
  }

  /** The first line of {@code file}, trimmed ({@code Last Version}). */
  String firstLine(Path file) throws ProfileFileException {
    List<String> lines = lines(file);
    return lines.isEmpty() ? "" : lines.get(0).trim();
  }

  private void checkSize(Path file) throws ProfileFileException {
    try {
      BasicFileAttributes attrs = Files.readAttributes(file, BasicFileAttributes.class);
      if (!attrs.isRegularFile()) {
        throw new ProfileFileException(ProfileFileException.Kind.UNREADABLE, host.display(file) + " is not a file");
      }
      long size = attrs.size();
      if (size > MAX_BYTES) {
        throw new ProfileFileException(ProfileFileException.Kind.UNREADABLE,
            host.display(file) + " is " + size + " bytes, more than the " + MAX_BYTES + " read");
      }
    } catch (NoSuchFileException e) {
      if (Files.isSymbolicLink(file)) {
        throw new ProfileFileException(ProfileFileException.Kind.UNREADABLE,
            host.display(file) + " cannot be read (a link to a missing file)");
      }
      throw ProfileFileException.of(e, host.display(file), host.os());
    } catch (IOException e) {
      throw ProfileFileException.of(e, host.display(file), host.os());
    }
  }
}
