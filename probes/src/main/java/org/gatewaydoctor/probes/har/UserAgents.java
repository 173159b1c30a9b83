package org.gatewaydoctor.probes.har;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The browser a {@code User-Agent} header names, as the bundle's browser ids ({@code chrome},
 * {@code edge}, {@code opera}, {@code vivaldi}, {@code firefox}, {@code safari}) with its version.
 * Order matters: Edge, Opera and Vivaldi also say "Chrome/", Chrome also says "Safari/".
 */
final class UserAgents {

  private static final Pattern EDGE = Pattern.compile("\\bEdg(?:e|A|iOS)?/([0-9][0-9.]*)");
  private static final Pattern OPERA = Pattern.compile("\\bOPR/([0-9][0-9.]*)");
  private static final Pattern VIVALDI = Pattern.compile("\\bVivaldi/([0-9][0-9.]*)");
  private static final Pattern CHROME = Pattern.compile("\\b(?:Chrome|CriOS)/([0-9][0-9.]*)");
  private static final Pattern FIREFOX = Pattern.compile("\\b(?:Firefox|FxiOS)/([0-9][0-9.]*)");
  private static final Pattern SAFARI = Pattern.compile("\\bVersion/([0-9][0-9.]*).*\\bSafari/");

  private UserAgents() {}

  /** A browser id and version. */
  record Browser(String id, String version) {}

  /** The browser {@code userAgent} names, or null when it names none this tool knows. */
  static Browser parse(String userAgent) {
    if (userAgent == null) {
      return null;
    }
    for (Object[] candidate : new Object[][] {
        {"edge", EDGE}, {"opera", OPERA}, {"vivaldi", VIVALDI}, {"chrome", CHROME}, {"firefox", FIREFOX},
        {"safari", SAFARI}}) {
      Matcher m = ((Pattern) candidate[1]).matcher(userAgent);
      if (m.find()) {
        return new Browser((String) candidate[0], m.group(1));
      }
    }
    return null;
  }
}
