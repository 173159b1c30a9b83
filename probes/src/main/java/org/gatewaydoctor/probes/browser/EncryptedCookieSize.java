package org.gatewaydoctor.probes.browser;

/**
 * Estimates the size of a Chromium cookie value from the length of its encrypted form, which is
 * all the probe ever reads ({@code length(encrypted_value)}); nothing is decrypted.
 *
 * <p>Layout of {@code encrypted_value} (Chromium {@code os_crypt}, observed with Chromium 156):
 * a 3-byte version prefix ({@code v10}, {@code v11}, or {@code v20} for app-bound encryption on
 * Windows), then
 * <ul>
 *   <li>Linux and macOS: AES-128-CBC with PKCS#7 padding, which adds 1 to 16 bytes, so the exact
 *       size is unknowable; the estimate is the upper bound, at most 15 bytes above the truth;
 *   <li>Windows: AES-256-GCM, a 12-byte nonce before and a 16-byte tag after a ciphertext exactly
 *       as long as the plaintext, so the estimate is exact.
 * </ul>
 * Since cookie database version {@value #DOMAIN_HASH_SINCE} the plaintext starts with the 32-byte
 * SHA-256 of the cookie's domain, which is not part of the value. Example: {@code sid=abc123}
 * (6-byte value) is 51 bytes: 3 + (32 + 6 padded to 48); estimated as 15.
 */
final class EncryptedCookieSize {

  /** The cookie database ({@code meta.version}) from which values carry the domain hash. */
  static final int DOMAIN_HASH_SINCE = 24;

  private static final int PREFIX = 3;
  private static final int DOMAIN_HASH = 32;
  private static final int GCM_NONCE = 12;
  private static final int GCM_TAG = 16;
  private static final int CBC_MIN_PADDING = 1;

  private EncryptedCookieSize() {}

  /**
   * The value's size in bytes: {@code plainLength} when the value is stored in clear (old
   * profiles), otherwise the estimate from {@code encryptedLength}.
   *
   * @param plainLength {@code length(value)} in bytes
   * @param encryptedLength {@code length(encrypted_value)} in bytes
   * @param dbVersion the cookie database's {@code meta.version}, or 0 when unknown
   * @param os the system that encrypted it
   */
  static long estimate(long plainLength, long encryptedLength, int dbVersion, HostOs os) {
    if (encryptedLength <= 0) {
      return Math.max(0, plainLength);
    }
    long overhead = PREFIX + (dbVersion >= DOMAIN_HASH_SINCE ? DOMAIN_HASH : 0)
        + (os == HostOs.WINDOWS ? GCM_NONCE + GCM_TAG : CBC_MIN_PADDING);
    return Math.max(0, encryptedLength - overhead);
  }

  /** How far above the true size an estimate can be, in bytes. */
  static int maxOverestimate(HostOs os) {
    return os == HostOs.WINDOWS ? 0 : 15;
  }
}
