package org.gatewaydoctor.probes.net;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.EOFException;
import java.io.IOException;
import java.time.Clock;
import org.gatewaydoctor.facts.http.HttpFailure;
import org.junit.jupiter.api.Test;

/** What {@link Failures} calls the ways OkHttp ends a call without a response. */
class FailuresTest {

  private static IOException okHttpEof(String okio) {
    return new IOException("unexpected end of stream on http://127.0.0.1:8080/...", new EOFException(okio));
  }

  @Test
  void aResponseHeadLongerThanOkHttpsLimitIsBrokenHttpNotACutConnection() {
    // Issue 16: a server sending a 1 MB header; OkHttp stops at its 256 KiB head limit with these words.
    IOException e = okHttpEof("\\n not found: limit=262105 content=582d50616464696e673a2061616161\u2026");
    assertThat(Failures.classify(e, new PhaseTimer(Clock.systemUTC()), false)).isEqualTo(HttpFailure.PROTOCOL);
  }

  @Test
  void aStreamThatEndsInTheMiddleOfAShortLineIsACutConnection() {
    IOException e = okHttpEof("\\n not found: limit=11 content=485454502f312e3120");
    assertThat(Failures.classify(e, new PhaseTimer(Clock.systemUTC()), false)).isEqualTo(HttpFailure.RESET);
  }
}
