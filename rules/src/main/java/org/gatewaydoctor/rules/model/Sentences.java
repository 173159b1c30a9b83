package org.gatewaydoctor.rules.model;

/** Fits catalogue titles into sentences; it judges nothing. */
public final class Sentences {

  private Sentences() {}

  /**
   * {@code title} as it reads inside a sentence ("It's your device: your browser is outdated."): its
   * first letter in lower case, unless the first word is a name or an acronym ("IPv6", "DNS").
   */
  public static String inside(String title) {
    if (title.length() < 2 || !Character.isUpperCase(title.charAt(0)) || !Character.isLowerCase(title.charAt(1))) {
      return title;
    }
    return Character.toLowerCase(title.charAt(0)) + title.substring(1);
  }
}
