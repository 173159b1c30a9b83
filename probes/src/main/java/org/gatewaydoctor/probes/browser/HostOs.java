package org.gatewaydoctor.probes.browser;

import java.util.Locale;

/** The operating system family whose browser locations the probe searches. */
public enum HostOs {
  /** Linux and other XDG desktops. */
  LINUX,
  /** macOS. */
  MACOS,
  /** Windows. */
  WINDOWS;

  /**
   * The family named by an {@code os.name} value such as {@code Linux}, {@code Mac OS X} or
   * {@code Windows 11}; anything else is treated as an XDG desktop ({@link #LINUX}).
   */
  public static HostOs fromOsName(String osName) {
    String name = osName == null ? "" : osName.toLowerCase(Locale.ROOT);
    if (name.startsWith("windows")) {
      return WINDOWS;
    }
    if (name.startsWith("mac") || name.startsWith("darwin")) {
      return MACOS;
    }
    return LINUX;
  }

  /** The separator used when writing paths of this system ({@code \} on Windows). */
  String separator() {
    return this == WINDOWS ? "\\" : "/";
  }
}
