package org.gatewaydoctor.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The fact bundle every rule engine benchmark uses: a Cloudflare 521 with every probe's observations (30 facts). */
final class BenchmarkBundle {

  /** The classpath resource holding it. */
  static final String RESOURCE = "bundle-30-facts.json";

  private BenchmarkBundle() {}

  /** Its bytes, as a saved bundle file holds them. */
  static byte[] bytes() {
    try (InputStream in = BenchmarkBundle.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the benchmarks jar");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
