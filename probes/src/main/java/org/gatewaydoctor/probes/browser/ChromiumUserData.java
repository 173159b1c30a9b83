package org.gatewaydoctor.probes.browser;

import java.nio.file.Path;
import java.util.List;

/**
 * One Chromium-family user data folder ({@code ~/.config/google-chrome},
 * {@code %LOCALAPPDATA%\Microsoft\Edge\User Data}) and what applies to all its profiles.
 *
 * @param browser {@code chrome}, {@code chromium}, {@code edge} or {@code brave}
 * @param dir the user data folder
 * @param cacheMirror where Linux and macOS builds keep this folder's caches
 *     ({@code ~/.cache/google-chrome}, {@code ~/Library/Caches/Google/Chrome}), or null
 * @param profiles the profile folder names ({@code Default}, {@code Profile 1}), from
 *     {@code Local State}'s {@code profile.info_cache} or, failing that, a folder scan
 * @param dohMode {@code dns_over_https.mode} from {@code Local State}, or null
 * @param lastVersion the {@code Last Version} file, or null
 * @param holder the running browser holding the folder, or null
 * @param note why {@code Local State} could not be used, or null
 */
record ChromiumUserData(String browser, Path dir, Path cacheMirror, List<String> profiles, String dohMode,
    String lastVersion, String holder, String note) {
  ChromiumUserData {
    profiles = List.copyOf(profiles);
  }
}
