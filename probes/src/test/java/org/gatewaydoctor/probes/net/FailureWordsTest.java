package org.gatewaydoctor.probes.net;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.CharConversionException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.file.AccessDeniedException;
import javax.net.ssl.SSLHandshakeException;
import org.gatewaydoctor.probes.egress.EgressDeniedException;
import org.junit.jupiter.api.Test;

class FailureWordsTest {

  @Test
  void okHttpsCallTimeoutReadsAsWordsWithoutJavaNames() {
    // What OkHttp throws when its call timeout closes the socket under a waiting read.
    InterruptedIOException e = new InterruptedIOException("timeout");
    e.initCause(new SocketException("Socket closed"));

    assertThat(FailureWords.of(e)).isEqualTo("timed out (the connection was closed)");
  }

  @Test
  void aPolicyDenialIsThePolicysOwnSentence() {
    EgressDeniedException e = new EgressDeniedException("egress policy (loopback only) does not allow 192.0.2.1");

    assertThat(FailureWords.of(e)).isEqualTo("egress policy (loopback only) does not allow 192.0.2.1");
  }

  @Test
  void commonFailuresHaveTheirOwnWords() {
    assertThat(FailureWords.of(new ConnectException("Connection refused"))).isEqualTo("could not connect: Connection refused");
    assertThat(FailureWords.of(new SocketTimeoutException("Read timed out"))).isEqualTo("timed out: Read timed out");
    assertThat(FailureWords.of(new SSLHandshakeException("PKIX path building failed")))
        .isEqualTo("the encrypted (TLS) handshake failed: PKIX path building failed");
    assertThat(FailureWords.kind(new AccessDeniedException("/home/a/.mozilla/firefox/x/cookies.sqlite")))
        .isEqualTo("permission denied");
  }

  @Test
  void anUnnamedTypeBecomesWordsToo() {
    assertThat(FailureWords.of(new CharConversionException("Invalid UTF-8 start byte 0xff")))
        .isEqualTo("char conversion error: Invalid UTF-8 start byte 0xff").doesNotContain("Exception");
  }
}
