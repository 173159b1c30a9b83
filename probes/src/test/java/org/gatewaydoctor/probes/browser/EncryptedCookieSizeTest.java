package org.gatewaydoctor.probes.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EncryptedCookieSizeTest {

  /**
   * Lengths observed with Chromium 156 on Linux (cookie DB version 24): value bytes → length of
   * encrypted_value. 3 ("v10") + AES-CBC(32-byte domain hash + value), padded to 16.
   */
  @ParameterizedTest(name = "{0}-byte value stored as {1} bytes")
  @CsvSource({"0, 51", "1, 51", "6, 51", "15, 51", "16, 67", "17, 67", "4000, 4051"})
  void linuxEstimateIsAnUpperBoundAtMost15BytesAboveTheTruth(int value, int encrypted) {
    long estimate = EncryptedCookieSize.estimate(0, encrypted, 24, HostOs.LINUX);
    assertThat(estimate).isBetween((long) value, (long) value + EncryptedCookieSize.maxOverestimate(HostOs.LINUX));
  }

  @Test
  void windowsGcmEstimateIsExact() {
    // 3 (v10) + 12 nonce + (32 hash + 6 value) + 16 tag
    assertThat(EncryptedCookieSize.estimate(0, 3 + 12 + 32 + 6 + 16, 24, HostOs.WINDOWS)).isEqualTo(6);
    // before DB version 24 there is no domain hash
    assertThat(EncryptedCookieSize.estimate(0, 3 + 12 + 6 + 16, 18, HostOs.WINDOWS)).isEqualTo(6);
  }

  @Test
  void olderDatabasesHaveNoDomainHash() {
    // 3 + AES-CBC(6 bytes) = 3 + 16
    assertThat(EncryptedCookieSize.estimate(0, 19, 18, HostOs.MACOS)).isBetween(6L, 21L).isEqualTo(15);
  }

  @Test
  void aValueStoredInClearIsMeasuredExactly() {
    assertThat(EncryptedCookieSize.estimate(42, 0, 24, HostOs.LINUX)).isEqualTo(42);
  }

  @Test
  void neverNegative() {
    assertThat(EncryptedCookieSize.estimate(0, 5, 24, HostOs.WINDOWS)).isZero();
  }
}
