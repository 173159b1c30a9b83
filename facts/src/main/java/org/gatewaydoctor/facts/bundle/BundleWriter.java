package org.gatewaydoctor.facts.bundle;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.gatewaydoctor.facts.Json;

/**
 * Writes fact bundles, always redacted ({@link Redactor}), always whole: the file appears complete
 * or not at all. Thread-safe.
 */
public final class BundleWriter {

  private final ObjectMapper mapper = Json.newMapper();
  private final Redactor redactor = new Redactor();

  /** The redacted bundle as JSON text, ending with a newline. */
  public String toJson(FactBundle bundle) {
    try {
      return mapper.writeValueAsString(redactor.redact(bundle)) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("a fact bundle could not be serialised", e);
    }
  }

  /**
   * Writes the redacted bundle to {@code file}, replacing it atomically where the file system
   * allows: a temporary file beside it is written first, then moved into place. Missing parent
   * folders are created. On POSIX file systems the file is readable by its owner only (it is made
   * by {@link Files#createTempFile}), as befits a support bundle.
   */
  public void write(FactBundle bundle, Path file) throws IOException {
    byte[] json = toJson(bundle).getBytes(StandardCharsets.UTF_8);
    if (json.length > BundleReader.MAX_BYTES) {
      // What is written must read back (issue 16, defect 3): refused here, not by the next reader.
      throw new IOException(String.format(java.util.Locale.ROOT,
          "the bundle would be %.1f MiB, more than a bundle may be (%d MiB)", json.length / (1024.0 * 1024),
          BundleReader.MAX_BYTES / (1024 * 1024)));
    }
    Path dir = file.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path tmp = Files.createTempFile(dir, tmpPrefix(file), TMP_SUFFIX);
    // The file system's clock, as our own new file shows it, says how old the others are.
    removeStaleTemporaryFiles(file, Files.getLastModifiedTime(tmp).toInstant());
    try {
      Files.write(tmp, json);
      try {
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /**
   * Proves that {@link #write} can put a file at {@code file}, before any work is spent on the
   * bundle: creates the missing parent folders and a temporary file of our own naming beside it,
   * then deletes that file again. A permission check alone is not enough (root passes it for
   * {@code /proc}, and a read-only mount or a full disk only shows on writing).
   *
   * @throws IOException saying why nothing can be written there
   */
  public void checkWritable(Path file) throws IOException {
    Path dir = file.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path tmp = Files.createTempFile(dir, tmpPrefix(file), TMP_SUFFIX);
    try {
      Files.write(tmp, new byte[] {'\n'});
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /** How old a temporary file of ours must be to count as left behind by a killed save: {@value} minutes. */
  static final long STALE_AFTER_MINUTES = 10;

  private static final String TMP_SUFFIX = ".tmp";

  private static String tmpPrefix(Path file) {
    return "." + file.getFileName();
  }

  /**
   * Deletes the temporary files of our own naming ({@code .NAME<digits>.tmp}) beside {@code file}
   * that a save killed mid-way left behind (issue 16, defect 7). Only old ones: a younger one may
   * belong to another process saving to the same path right now. Best effort: a file that cannot
   * be deleted stays.
   */
  void removeStaleTemporaryFiles(Path file, java.time.Instant now) {
    Path dir = file.toAbsolutePath().getParent();
    String prefix = tmpPrefix(file);
    java.time.Instant cutoff = now.minus(java.time.Duration.ofMinutes(STALE_AFTER_MINUTES));
    try (java.util.stream.Stream<Path> siblings = Files.list(dir)) {
      siblings.filter(p -> ours(p.getFileName().toString(), prefix)).forEach(p -> {
        try {
          if (Files.isRegularFile(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)
              && Files.getLastModifiedTime(p, java.nio.file.LinkOption.NOFOLLOW_LINKS).toInstant().isBefore(cutoff)) {
            Files.deleteIfExists(p);
          }
        } catch (IOException e) {
          // best effort: it stays
        }
      });
    } catch (IOException | java.io.UncheckedIOException e) {
      // best effort: an unlistable folder keeps its files
    }
  }

  /** Whether {@code name} is {@code prefix}, digits (what {@link Files#createTempFile} adds), {@code .tmp}. */
  private static boolean ours(String name, String prefix) {
    if (!name.startsWith(prefix) || !name.endsWith(TMP_SUFFIX)
        || name.length() <= prefix.length() + TMP_SUFFIX.length()) {
      return false;
    }
    String middle = name.substring(prefix.length(), name.length() - TMP_SUFFIX.length());
    return middle.chars().allMatch(Character::isDigit);
  }
}
