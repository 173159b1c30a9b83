package org.gatewaydoctor.probes.browser;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

/** The first bytes of a cache index file: enough to recognise the format, never a cached URL. */
final class IndexHeader {

  private final ByteBuffer bytes;

  private IndexHeader(ByteBuffer bytes) {
    this.bytes = bytes;
  }

  /** Reads up to {@code length} bytes from the start of {@code file}, in {@code order}. */
  static IndexHeader read(Path file, int length, ByteOrder order) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] head = in.readNBytes(length);
      return new IndexHeader(ByteBuffer.wrap(head).order(order));
    }
  }

  /** How many bytes were read (fewer than asked when the file is shorter). */
  int length() {
    return bytes.capacity();
  }

  /** The unsigned 32-bit value at {@code offset}, or -1 when the file is too short. */
  long u32(int offset) {
    return offset + 4 <= length() ? Integer.toUnsignedLong(bytes.getInt(offset)) : -1;
  }

  /** The 64-bit value at {@code offset}, or 0 when the file is too short. */
  long u64(int offset) {
    return offset + 8 <= length() ? bytes.getLong(offset) : 0;
  }
}
