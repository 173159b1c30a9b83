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
    Path dir = file.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path tmp = Files.createTempFile(dir, "." + file.getFileName(), ".tmp");
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
}
